import type en from "../en/help";

export default {
  improve: "优化提示词",
  improveHint: "由文本模型把你的提示词改写得更详细；在有任何改动之前，你可以先对比两者。",
  textModel: "文本模型",
  expand: "在本设备上扩写",
  expandHint: "为简短的想法补充构图、光线、色彩和细节（英文），无需联网。",
  waiting: (provider: string) => `正在等待 ${provider}…`,
  stopWaiting: "不再等待",

  compare: "你的提示词与建议",
  yours: "你的提示词",
  suggestedBy: (provider: string) => `${provider} 的建议`,
  expanded: "在本设备上扩写的结果",
  useNew: "使用新提示词",
  keepMine: "保留我的",

  sendsText: (provider: string) => `只会把提示词的文字发送给 ${provider}，不发送任何图像。`,
  sendsImage: (provider: string) =>
    `只会把这张图像的一份精简副本发送给 ${provider}（已移除元数据、已缩小），不发送提示词或其他图像。`,
  consentNeeded: (provider: string) => `你还没有允许向 ${provider} 发送内容。`,
  consentBody:
    "允许即表示给予与“创作”发送前所请求的相同同意，你可以随时在“隐私”页面撤回。每次请求都会列入外发记录。",
  allow: "允许并请求",
  offlineExpand: "预设库仍可在本设备上把你的想法扩写成完整的提示词，无需联网。",
  offlineDescribe: "描述图像需要服务商：请在“设置”中关闭离线模式后再请求。",
  missingKey: (provider: string, shortcut: string) =>
    `请在“设置”（${shortcut}）中添加 ${provider} 的 API 密钥，或选择另一个文本模型。`,

  describe: "描述这张图像",
  describeHint: "由文本模型写出可以重现这张图像的提示词。",
  described: (provider: string) => `${provider} 建议的提示词`,
  copy: "复制",
  copied: "已复制。",
  useInCreate: "在“创作”中使用",
} satisfies typeof en;
