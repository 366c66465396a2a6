import type en from "../en/idphoto";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "护照和签证照片，完全在本设备上制作。",
  noVaultTitle: "请先设置保险库",
  noVaultBody: (gallery: string) =>
    `选择一张人像照片和一种证件（美国护照、申根签证、英国、加拿大、印度、中国等共 31 种）。Seed Studio 会识别人脸，按官方的头部尺寸和眼睛位置要求裁剪，替换背景并检查结果——你的面部照片不会上传到任何地方。请先在*${gallery}*中设置保险库。`,

  stepPhoto: "1. 照片",
  importPhotos: "导入照片…",
  importing: "正在导入…",
  noPhotos: "还没有照片。请导入一张在纯色墙前、正对镜头拍摄的人像照片。",
  photoAlt: "照片",
  pickHint: "选择一张照片可预览；选择多张则用相同设置全部制作。",
  batchWorking: "处理中…",
  batchSaved: "已保存",
  batchSavedWithFails: (n: number) => plural("zh-CN", n, { other: "已保存，# 项检查未通过" }),

  stepDocument: "2. 证件",
  searchPlaceholder: "按国家或证件搜索",
  searchLabel: "搜索证件",
  documentLabel: "证件",
  noMatch: "没有与搜索相符的证件。",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height} 毫米，${dpi} dpi`,
  summaryHeadHair: (lo: string, hi: string) => `头部 ${lo}–${hi} 毫米（下巴到头发顶端）`,
  summaryHeadSkull: (lo: string, hi: string) => `头部 ${lo}–${hi} 毫米（下巴到头顶，不含头发）`,
  summaryEyes: (lo: string, hi: string) => `眼睛距底边 ${lo}–${hi} 毫米`,
  sourceOfficial: (date: string) => `来源：签发机构，${date}。`,
  sourceSecondary: (date: string) => `来源：二手汇编资料，${date}。`,
  docs: {
    "us-passport": { document: "护照" },
    "us-visa": { document: "签证（DS-160）" },
    "us-dv-lottery": { document: "多元化移民签证抽签申请" },
    "schengen-visa": { country: "申根区", document: "签证（ICAO 35×45）" },
    "de-passport": { document: "护照 / 身份证" },
    "fr-passport": { document: "护照 / 身份证" },
    "it-passport": { document: "护照" },
    "at-passport": { document: "护照" },
    "be-passport": { document: "护照 / 电子身份证" },
    "hr-passport": { document: "护照" },
    "gb-passport": { document: "护照" },
    "ie-passport": { document: "护照" },
    "gr-passport": { document: "护照" },
    "ee-passport": { document: "护照 / 身份证" },
    "ca-passport": { document: "护照" },
    "ca-visa": { document: "签证 / 永久居留（IRCC）" },
    "au-passport": { document: "护照" },
    "in-passport": { document: "护照" },
    "in-evisa": { document: "电子签证" },
    "cn-passport": { document: "护照" },
    "cn-visa": { document: "签证" },
    "jp-passport": { document: "护照" },
    "kr-passport": { document: "护照" },
    "br-passport": { document: "护照" },
    "mx-passport": { document: "护照" },
    "co-passport": { document: "护照" },
    "lb-passport": { document: "护照" },
    "sg-passport": { document: "护照" },
    "nz-passport": { document: "护照" },
    "ch-passport": { document: "护照 / 身份证" },
    "icao-35x45": { country: "通用（ICAO）", document: "ICAO 9303 通用证件照，35×45 毫米" },
  },

  stepLook: "3. 背景与微调",
  colours: {
    white: "白色",
    lightGrey: "浅灰色",
    lightBlue: "浅蓝色",
    blue: "蓝色",
    red: "红色",
  },
  customColour: "自定义颜色",
  keepBackground: "保留原始背景",
  rejectsReplaced: "此证件的签发机构不接受替换过背景的照片：请保留原始背景，并在浅色纯色墙前拍摄。",
  headSize: "头部大小",
  upDown: "上 / 下（毫米）",
  leftRight: "左 / 右（毫米）",
  autoLight: "轻微校正曝光和白平衡",

  preview: "预览",
  previewAlt: "按证件尺寸裁剪的预览",
  previewEmpty: "选择一张照片，即可在此查看带参考线和合规报告的预览。",
  legend: (headMm: string, share: string) =>
    `阴影：头顶（和眼睛）应在的范围。线条：测得的头顶、眼睛、下巴位置。头部 ${headMm} 毫米，占高度的 ${share}。`,
  report: "合规报告",
  status: { pass: "通过：", warn: "注意：", fail: "未通过：" },
  checks: {
    oneFace: "恰好一张人脸，且完整位于照片内",
    headHeight: {
      within: (value: string, lo: string, hi: string) => `头部（下巴到头顶）为 ${value} 毫米，在要求的 ${lo}–${hi} 毫米范围内`,
      below: (value: string, lo: string, hi: string) => `头部（下巴到头顶）为 ${value} 毫米，低于要求的 ${lo}–${hi} 毫米`,
      above: (value: string, lo: string, hi: string) => `头部（下巴到头顶）为 ${value} 毫米，超过要求的 ${lo}–${hi} 毫米`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) => `眼睛距底边 ${value} 毫米，在要求的 ${lo}–${hi} 毫米范围内`,
      below: (value: string, lo: string, hi: string) => `眼睛距底边 ${value} 毫米，低于要求的 ${lo}–${hi} 毫米`,
      above: (value: string, lo: string, hi: string) => `眼睛距底边 ${value} 毫米，超过要求的 ${lo}–${hi} 毫米`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) => `头顶上方留白为 ${value} 毫米，在要求的 ${lo}–${hi} 毫米范围内`,
      below: (value: string, lo: string, hi: string) => `头顶上方留白为 ${value} 毫米，低于要求的 ${lo}–${hi} 毫米`,
      above: (value: string, lo: string, hi: string) => `头顶上方留白为 ${value} 毫米，超过要求的 ${lo}–${hi} 毫米`,
      touches: "头顶碰到了照片边缘",
    },
    level: {
      pass: "成品中双眼保持水平",
      fail: (degrees: string) => `成品中头部仍倾斜 ${degrees}°；请使用头部端正的照片`,
    },
    roll: {
      level: "头部端正",
      levelled: (degrees: string) => `头部倾斜了 ${degrees}°，已校正水平`,
      tooTilted: (degrees: string) => `头部倾斜了 ${degrees}°；已校正，但端正拍摄的照片效果更好`,
    },
    yaw: {
      pass: "脸部正对镜头",
      warn: "脸部略有偏转；请正对镜头",
      fail: "脸部转向一侧；请面向镜头",
    },
    eyesOpen: {
      pass: "双眼睁开",
      warn: "眼睛似乎半闭",
      fail: "眼睛似乎闭上了",
    },
    mouthClosed: {
      pass: "嘴巴闭合",
      warn: "嘴巴似乎微张；请保持自然表情",
      fail: "嘴巴张开；请闭上嘴",
      smile: "微笑时露出了牙齿；此证件接受自然的微笑，但不接受张开的嘴",
    },
    background: {
      replaced: "背景已替换为纯色",
      rejected: "该机构不接受替换过背景的照片；请选择“保留原始背景”",
      unmeasured: "无法判断背景（露出的背景太少）；请自行检查",
      plain: "背景为浅色纯色",
      notQuitePlain: "背景不够纯净或不够浅；请检查是否有阴影和图案",
      notPlain: "背景不是纯色；请使用纯色墙面或替换背景",
    },
    exposure: {
      unmeasured: "无法测量脸部的光线",
      even: "脸部光照均匀",
      ratherDark: "脸部偏暗",
      ratherBright: "脸部偏亮",
      tooDark: "脸部太暗",
      overexposed: "脸部曝光过度",
    },
    sharpness: {
      pass: "脸部清晰对焦",
      warn: "脸部略显模糊",
      fail: "脸部模糊",
    },
    resolution: {
      pass: "照片细节足以满足此尺寸",
      warn: (factor: string) => `脸部被放大了 ${factor} 倍；离近些拍或使用更清晰的照片效果更好`,
      fail: (factor: string) => `脸部被放大了 ${factor} 倍：照片太小；请离近些拍摄`,
    },
    coverage: {
      filled: (share: string) => `画面的一部分（${share}）超出了原照片，已用背景色填充`,
      extended: (share: string) => `画面的一部分（${share}）超出了原照片，已延伸其边缘`,
    },
    frameBottom: {
      pass: "照片延伸到了画框底部",
      fail: (mm: string) =>
        `照片在应有肩膀的位置上方 ${mm} 毫米处就结束了：请站远一些拍摄`,
    },
    frameSides: {
      pass: "在肩部高度，照片延伸到了画框两侧",
      fail: (mm: string) =>
        `在肩部高度，照片在画框侧边以内 ${mm} 毫米处就结束了：请站远一些拍摄`,
    },
    hair: {
      pass: "头发在画框以内",
      warn: "头发碰到了照片的上边缘；把头部放小或放低一点即可留在框内",
    },
    backgroundRemnants: {
      pass: "没有留下旧背景的碎片",
      warn: (area: string) =>
        `头部旁边或上方约 ${area} mm² 被当作人物保留；如果那是旧背景，请用画笔擦除`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "修饰（可选）",
    smooth: "磨皮",
    brightness: "亮度",
    contrast: "对比度",
    showBefore: "显示修饰前",
    showAfter: "显示修饰后",
    beforeAlt: "修饰前的照片",
    rule: "只改变光线、对比度和皮肤质感：面部特征、脸型或比例被改动的照片会被主管部门拒收。",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "修正抠图",
    on: "用画笔涂抹",
    mode: "画笔",
    add: "加到人物",
    remove: "从人物中去掉",
    size: "画笔大小",
    undo: "撤销",
    clear: "清除所有笔画",
    hint: "在照片上拖动：“加到人物”找回抠图漏掉的部分（一缕头发、耳朵），“从人物中去掉”去除一块旧背景。Ctrl+Z 撤销上一笔。",
    count: (n: number) => plural("zh-CN", n, { other: "# 笔画笔；照片已据此重新生成" }),
    areaLabel: "照片：拖动以涂抹抠图",
  },

  stepSave: "4. 保存",
  printSheet: "打印排版",
  noSheet: "不生成打印排版",
  digitalUnder: "电子文件上限（KB）",
  digitalNone: "无",
  digitalOn: (size: string) => `同时保存一个不超过 ${size} 的 JPEG 文件。`,
  digitalOff: "不生成限制大小的文件：输入上限即可生成。",
  digitalSpec: (size: string) => `此证件的在线申请接受最大 ${size} 的文件。`,
  saveButton: (n: number) =>
    n > 1 ? plural("zh-CN", n, { other: "将 # 张照片保存到保险库" }) : "将照片保存到保险库",
  saving: (done: number, total: number) => `正在保存第 ${formatNumber("zh-CN", done)} 张，共 ${formatNumber("zh-CN", total)} 张…`,
  saveHint:
    "照片（含 DPI 信息）、300 dpi 的打印排版和限制大小的文件会加密保存到“图库”，保留 30 天。未通过检查的照片仍可保存，文件名会注明。",
  saved: (made: number, total: number) =>
    `已将 ${formatNumber("zh-CN", made)} 张证件照（共 ${formatNumber("zh-CN", total)} 张）保存到“图库”。处理完成的原始照片已删除。`,
  savedWithSheets: (made: number, total: number) =>
    `已将 ${formatNumber("zh-CN", made)} 张证件照（共 ${formatNumber("zh-CN", total)} 张）连同打印排版保存到“图库”。处理完成的原始照片已删除。`,
} satisfies typeof en;
