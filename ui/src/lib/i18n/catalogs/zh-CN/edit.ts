import type en from "../en/edit";

export default {
  open: "局部编辑…",
  title: "局部编辑",
  intro:
    "涂抹要修改的内容。只会发送这部分，以及周围作为上下文的一圈边距；结果会在这台电脑上放回完整图像中，其他像素均保持不变。",
  prompt: "要在那里做什么修改",
  promptPlaceholder: "例如：一辆靠在墙边的红色自行车",
  provider: "服务商",
  margin: "涂抹部分周围的上下文",
  marginValue: (percent: string) => `每边各扩展其尺寸的 ${percent}`,
  wholeImage: "发送整张图像",
  wholeImageHint:
    "有些编辑需要看到整张图像（以匹配其光线或风格）。修改范围仍由蒙版决定，但整张照片都会离开这台电脑。",
  preview: "预览将发送的内容",
  share: (percent: string) => `将发送照片的 ${percent}；其余部分留在这台电脑上。`,
  partAlt: "将发送的照片部分",
  maskAlt: "随之发送的蒙版（仅其形状）",
  coversAll: "蒙版覆盖了整张图像，因此会发送整张图像。仍要发送，还是少涂一些？",
  sendWhole: "发送整张图像",
  paintLess: "少涂一些",
  queued: "编辑请求已发出。结果返回后，会显示在图库中原图的旁边。",
  paintFirst: "请先涂抹要修改的部分。",
  sourceGone: "此次编辑所用的原图已被删除，无法再次编辑。",
} satisfies typeof en;
