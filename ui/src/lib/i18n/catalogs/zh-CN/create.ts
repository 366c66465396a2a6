import type en from "../en/create";
import { plural } from "../../plural";

export default {
  subtitle: "使用你选择的 AI 服务商生成和编辑图像。",

  noVault: {
    title: "请先设置保险库",
    intro:
      "“创作”会把提示词以及（如果你选择了）参考照片的精简副本发送给你选择的 AI 服务商，并将结果保存在你的加密保险库中。",
    setUp: { before: "请在", after: "中设置保险库，然后再回来。" },
    decide: "在任何内容离开本设备之前，你都会看到将要发送的确切内容（已移除元数据、已缩小），再由你决定。",
  },

  presetsTitle: "从预设开始",
  presetsLabel: "预设",
  presets: {
    figure: {
      name: "角色手办",
      hint: "把照片中的人或宠物变成摆在桌上的收藏手办。",
      refs: "参考图：1 张主体照片。",
    },
    product: {
      name: "产品广告图",
      hint: "用随手拍的照片生成干净的产品广告图。",
      refs: "参考图：1 张产品照片。",
    },
    style: {
      name: "风格迁移",
      hint: "按第二张图片或指定的风格重绘照片。",
      refs: "参考图：1 张内容照片，可另加 1 张风格图。",
    },
    background: {
      name: "更换背景",
      hint: "保留主体，替换其后的全部背景。",
      refs: "参考图：1 张主体照片。",
    },
  },
  fields: {
    figureStyle: { label: "手办类型", placeholder: "1/7 比例 PVC 手办" },
    base: { label: "底座", placeholder: "圆形透明亚克力底座" },
    setting: { label: "场景", placeholder: "洒满柔和晨光的大理石台面" },
    mood: { label: "氛围", placeholder: "清新、高端" },
    style: { label: "风格", placeholder: "带墨线勾勒的写意水彩" },
    background: { label: "新背景", placeholder: "日落时分宁静的海滩" },
  },

  promptTitle: "提示词",
  promptPlaceholder: "描述你想要的图像。按 Ctrl+Enter 生成。",
  warnings: {
    email: "提示词中似乎含有电子邮件地址，服务商将会收到它。",
    phone: "提示词中似乎含有电话号码，服务商将会收到它。",
    address: "提示词中似乎含有街道地址，服务商将会收到它。",
    other: "提示词中似乎含有个人信息，服务商将会收到它。",
  },

  refsTitle: "参考图",
  picked: (n: number) => plural("zh-CN", n, { other: "（已选 # 张）" }),
  importing: (n: number) => plural("zh-CN", n, { other: "正在导入 # 个文件…" }),
  noImages: "保险库中还没有图像。把照片拖放到这里，或在“图库”中导入，即可用作参考图。",
  dropHint: "把文件拖放到这里即可导入并选中。只有精简副本会被发送：已移除元数据、已缩小、随机命名。",
  imageAlt: "图像",

  optionsTitle: "服务商与输出",
  provider: "服务商",
  model: "模型",
  size: "尺寸",
  count: "数量",
  sizes: {
    providerDefault: "服务商默认",
    square: "方形 1:1",
    landscape: "横向 4:3",
    portrait: "纵向 3:4",
    photo: "照片 3:2",
    photoPortrait: "竖版照片 2:3",
    wide: "宽屏 16:9",
    tall: "竖屏 9:16",
    cinema: "电影宽幅 21:9",
  },
  generate: "生成",
  preparing: "正在准备…",
  provenance:
    "结果会保留服务商嵌入的来源信息（C2PA、EXIF/XMP）；Google SynthID 等不可见水印属于像素本身，会一直保留。",

  recentTitle: "最近的任务",

  preview: {
    sizeChanged: (model: string, asked: string, sent: string) => `${model} 不支持 ${asked}；将改为请求最接近的可用尺寸 ${sent}。`,
    title: "以下就是将离开你电脑的全部内容",
    to: "发送至",
    model: "模型",
    prompt: "提示词",
    promptChars: (n: number) => plural("zh-CN", n, { other: "# 个字符" }),
    images: "图像",
    none: "无",
    imageAlt: (n: number) => `将发送的参考图 ${n}`,
    sentAs: "发送时的文件名：",
    metadata: "不含位置、相机信息或其他元数据；像素已重新编码。",
    termsLead: (provider: string) => `${provider} 声明的数据处理方式：`,
    consentNeeded: "需要你的同意。",
    consentBody: (scope: string) =>
      `发送时将以如下文字记录你的同意：“${scope}” 你可以随时在“隐私”页面撤回。`,
    send: "发送",
    allowAndSend: "允许并发送",
  },

  terms: {
    gemini:
      "付费 API：提示词、图像和结果不会用于训练模型；为监控滥用最多保留 55 天，2026-10-26 之后创建的项目默认将请求保存 55 天。免费层级：可能用于改进 Google 产品，并可能由审核人员查看。",
    openai: "默认情况下，API 的输入和输出不会用于训练；为监控滥用最多保留 30 天。",
    seedream: "Ark 依据 BytePlus/火山引擎条款保留输入和输出以监控滥用；结果直接在响应中返回（不在服务器上托管）。",
    kling:
      "未公布针对 API 的数据保留或训练声明；完成的视频会在 Kling 的服务器上通过链接保留约 30 天。Seed Studio 只下载一次该视频，并仅保存在你的保险库中。",
    seedance:
      "Ark 依据 BytePlus/火山引擎条款保留输入和输出以监控滥用；完成的视频托管在一个临时链接后（约 24 小时），Seed Studio 会从该链接将其一次性下载到你的保险库。",
  },
  consentScope: (provider: string, terms: string) =>
    `Seed Studio 可以为你发起的任务，向 ${provider} 发送你的提示词以及你所选参考图的精简副本（已移除元数据、已缩小、随机命名）。${terms}`,
} satisfies typeof en;
