import type en from "../en/levels";
import { plural } from "../../plural";

export default {
  title: "参考图中会发送哪些内容",
  floor: "位置、相机信息等元数据始终会被移除。",
  subject: "仅保留主体",
  subjectHint: "将每张参考图裁剪到其中的人物（从头部到腰部，留有边距）。",
  bystanders: "隐藏他人面部",
  bystandersHint: "对主体以外的每张人脸打马赛克，直到人脸检测器再也检测不到为止。",
  background: "替换背景",
  backgroundHint: "人物以外的一切都会变成中性灰色。",
  facesHidden: (n: number) => plural("zh-CN", n, { other: "已隐藏其他 # 张人脸" }),
  backgroundReplaced: "已替换背景",
  share: (percent: string) => `将发送 ${percent} 的像素`,
  original: "原图",
  asSent: "将发送的图像",
  defaultsColumn: "默认发送的内容",
} satisfies typeof en;
