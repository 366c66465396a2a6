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
  eachTitle: "每张参考图",
  refLabel: (name: string) => `${name} 发送的内容`,
  chooseSubject: "选择主体…",
  subjectAuto: "主体：在本设备上找到的最大人脸",
  subjectChosen: "主体：由您选择",
  partTitle: "该部分发送的内容",
  chooseHidden: "隐藏或显示人脸…",
  byHand: "已手动更改隐藏区域",
  regionsHidden: (n: number) =>
    plural("zh-CN", n, { other: "已手动隐藏 # 个区域" }),
  picker: {
    title: "选择主体",
    finding: "正在本设备上查找人物…",
    people: (n: number) => plural("zh-CN", n, { other: "在本设备上找到 # 人：请点击作为主体的那个人。" }),
    none: "未找到人物：请在主体周围画一个框。",
    drawHint: "或在照片上拖动以画框。",
    person: (n: string) => `人物 ${n}`,
    automatic: "自动查找",
    keysHint:
      "照片：按 Enter 放置一个框，方向键移动它，Shift 加方向键调整大小。",
    modeSubject: "主体",
    modeHide: "要隐藏的内容",
    hideHint:
      "红色的人脸会被隐藏。点击某张人脸可让它保持可见，或在其他任何内容上拖动以将其一并隐藏。",
    personHidden: (n: string) => `人物 ${n}：已隐藏`,
    personShown: (n: string) => `人物 ${n}：保持可见`,
    removeRegion: "移除此隐藏区域",
    done: "完成",
    use: "使用此主体",
  },
} satisfies typeof en;
