import type en from "../en/settings";

export default {
  subtitle: "外观、保留期限、后台运行、服务商密钥、监视文件夹，以及数据的存放位置。",
  loading: "正在加载…",
  notSaved: "未做任何更改：设置保持原样。",

  appearance: {
    title: "外观",
    language: "语言",
    languageSystem: (name: string) => `跟随系统（${name}）`,
    languageHelp: "窗口会立即切换语言。",
    theme: "主题",
    themes: { system: "跟随系统", light: "浅色", dark: "深色" },
  },

  logs: {
    title: "运行日志",
    level: "详细程度",
    levels: { error: "仅错误", warn: "警告", info: "普通", debug: "故障排查" },
    help: "日志从不包含提示词、密钥、图像或文件名。下次启动时生效。",
  },

  background: {
    title: "后台运行",
    help: "只有在 Seed Studio 运行时，删除才会按时进行。关闭窗口后，它会继续在系统托盘中运行（可从托盘重新打开或退出）。如果它完全没有运行，则会在下次启动时、显示任何内容之前，立即删除所有已到期的内容。",
    closeToTray: "关闭窗口后，Seed Studio 继续在系统托盘中运行",
    startAtLogin: "登录时在托盘中启动 Seed Studio",
  },

  lock: {
    title: "应用锁",
    help: "锁定后，Seed Studio 不显示保险库中的任何内容，并从内存中清除其密钥；删除仍会按时进行。可使用侧边栏底部的按钮或 {0} 锁定。",
    byVault: "使用保险库的密码短语解锁。",
    newPassphrase: "新的锁定密码短语…",
    choosePassphrase: "设置锁定密码短语（至少 8 个字符）…",
    passphraseLabel: "锁定密码短语",
    save: "保存",
    remove: "移除",
    saved: "锁定密码短语已保存（以 Argon2id 哈希形式）。",
    removed: "锁定密码短语已移除。",
    idle: "自动锁定",
    never: "从不",
    after: (duration: string) => `${duration}后`,
    lockNow: "立即锁定",
  },

  network: {
    title: "网络与服务商",
    offline: "离线模式",
    offlineHelp: "任何内容都不会离开这台电脑；发往云端服务商的任务会被拒绝。",
    provider: "服务商",
    model: "模型",
    atOnce: "并发数",
    preview: "发送前预览",
    modelOf: (provider: string) => `${provider} 模型`,
    atOnceOf: (provider: string) => `${provider} 同时运行的任务数`,
    showWhatLeaves: "显示将要发送的内容",
    timeout: "服务商若在 {0}内没有响应，任务会失败并给出明确提示（config.toml 中的 {1}）。",
    previewHelp:
      "只对你信任的服务商取消勾选预览：这样按下“{0}”后，它的任务会立即发送，但仍会经过精简处理，并记录在外发记录中。",
  },

  keys: {
    title: "服务商 API 密钥",
    help: "保存在系统密钥环中；无法访问密钥环时，则封存在加密的保险库中。Seed Studio 不会再次显示已保存的密钥，不会以未加密形式写入文件，也只会把它发送给对应的服务商。",
    stored: "已保存",
    storedInVault: "已保存在保险库中",
    fromEnvironment: "来自环境变量",
    notSet: "未设置",
    replace: "替换密钥…",
    paste: "粘贴密钥…",
    keyFor: (provider: string) => `${provider} 的 API 密钥`,
    save: "保存",
    remove: "移除",
    saved: "密钥已保存到系统密钥环。",
    savedInVault: "无法访问系统密钥环，因此密钥已封存在加密的保险库中。",
    removed: "密钥已移除。",
  },

  watch: {
    title: "监视文件夹",
    help: "保存到此文件夹的新照片在复制完成后会自动导入（文件夹中已有的文件也会导入）。",
    placeholder: "/home/you/Pictures/待导入",
    pathLabel: "监视文件夹（绝对路径）",
    save: "保存",
    stop: "停止监视",
    deleteAfter: "文件的加密副本读回并验证无误后，从文件夹中删除该文件",
    osCopies: "操作系统可能仍在其他位置保留副本——例如回收站、备份或同步服务的历史记录。在此删除只会移除这个文件。",
  },

  dataDir: {
    title: "数据文件夹",
    help: "要使用其他文件夹，请用 {0} 启动 Seed Studio，或设置 {1}。",
    folderArg: "文件夹",
  },

  retention: {
    title: "保留期限",
    intro:
      "Seed Studio 在这台电脑上保留各类数据的时长，到期后将其销毁（先销毁密钥，再销毁文件）。时长的写法如 {0}、{1}、{2} 或 {3}。",
    unavailable: "请在“图库”中创建或解锁保险库，以查看和更改保留期限。",
    next: (when: string, what: string) => `下次删除：${when} — ${what}。`,
    nothingScheduled: "目前没有安排删除。",
    fields: {
      originals: { label: "导入的原图", help: "从导入时算起；使用它们的任务一结束，就会提前删除。" },
      outputs: { label: "生成的图像", help: "从生成时算起。" },
      outputsMax: { label: "生成的图像最长保留多久", help: "在详情视图中延长保留时间，最长到此为止。" },
      logs: { label: "运行日志", help: "从每个日志文件的最后一行算起。" },
      ledger: { label: "外发记录条目", help: "从每条记录写入时算起。" },
    },
    why: {
      originals: "原图的保留时间绝不超过 24 小时：这是我们的承诺。",
      outputs: "最长十年。",
      outputsMax: "即使延长，图像最多也只保留这么久；且不能短于生成图像的保留期限。",
      logs: "运行日志的保留时间绝不超过 24 小时。",
      ledger: "最长十年。",
    },
    allowed: (min: string, max: string) => `允许范围：${min}至${max}。`,
    review: "检查更改…",
    undo: "撤销",
    deletesNow: (what: string) => `应用后将立即删除：${what}。`,
    cannotUndo: "此操作无法撤销。",
    nothingNow: "不会立即删除任何内容；新的期限将适用于所有已保存的内容。",
    apply: "应用",
    cancel: "取消",
    updated: "保留期限已更新。已超过期限的内容正在删除。",
  },
} satisfies typeof en;
