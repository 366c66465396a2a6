import type en from "../en/privacy";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (x: number) => formatNumber("zh-CN", x);

export default {
  subtitle: "存储了什么、存在哪里、谁可以接收，以及离开本设备的一切。",

  notices: {
    exported: (images: number, tasks: number, entries: number, path: string) =>
      `已导出 ${plural("zh-CN", images, { other: "# 张图像" })}、${plural("zh-CN", tasks, { other: "# 个任务" })}和 ${plural("zh-CN", entries, { other: "# 条外发记录" })}，位置：${path}`,
    backedUp: (images: number, tasks: number, entries: number, path: string) =>
      `已备份 ${plural("zh-CN", images, { other: "# 张图像" })}、${plural("zh-CN", tasks, { other: "# 个任务" })}和 ${plural("zh-CN", entries, { other: "# 条外发记录" })}，位置：${path}`,
    restored: (originals: number, outputs: number, tasks: number, duplicates: number) =>
      `已恢复 ${plural("zh-CN", originals, { other: "# 张原图" })}、${plural("zh-CN", outputs, { other: "# 张生成的图像" })}和 ${plural("zh-CN", tasks, { other: "# 个任务" })}；另有 ${plural("zh-CN", duplicates, { other: "# 张图像" })}已在保险库中。`,
    taskDeleted: (files: number, entries: number) =>
      `已删除该任务，连同 ${plural("zh-CN", files, { other: "# 个存储文件" })}及其密钥，以及 ${plural("zh-CN", entries, { other: "# 条外发记录" })}。`,
    stopped: {
      export: "导出已停止。",
      backup: "备份已停止。",
      restore: "恢复已停止。",
    },
    diagnosticsCopied: "诊断信息已复制到剪贴板。其中不含密钥、提示词、文件名或主文件夹路径。",
  },

  inventory: {
    title: "存储的内容",
    kinds: {
      original: "原图",
      output: "生成的图像",
      thumbnail: "缩略图",
    },
    ledgerEntries: "外发记录条数",
    logFiles: "运行日志文件",
    oldest: (date: string) => `最早的项目：${date}。`,
    nextDeletion: (date: string, what: string) => `下次删除（${date}）：${what}。`,
    nothingScheduled: "没有计划中的删除。",
    nothing: "无",
    originals: (x: number) => plural("zh-CN", x, { other: "# 张原图" }),
    outputs: (x: number) => plural("zh-CN", x, { other: "# 张生成的图像" }),
    thumbnails: (x: number) => plural("zh-CN", x, { other: "# 张缩略图" }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `保护方式：图像以 ${objectCipher} 加密封存；索引以 ${indexCipher} 加密；主密钥由你的密码短语封存（Argon2id）。`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `保护方式：图像以 ${objectCipher} 加密封存；索引以 ${indexCipher} 加密；主密钥保存在系统密钥环中。`,
  },

  export: {
    title: "导出",
    zip: "打包为一个 .zip 文件",
    strip: "移除内嵌元数据（EXIF、XMP、C2PA）",
    all: "全部导出",
    saveAs: "另存为…",
    where:
      "导出内容保存在 `Pictures/Seed Studio exports`（也可用“另存为…”自选位置）：解密后的图像使用易读的文件名，并附带一个 `manifest.json`，记录任务、提示词、服务商和外发记录。",
  },

  progress: {
    export: (done: number, total: number) => `正在导出 ${n(done)} / ${n(total)}…`,
    backup: (done: number, total: number) => `正在备份 ${n(done)} / ${n(total)}…`,
    restore: (done: number, total: number) => `正在恢复 ${n(done)} / ${n(total)}…`,
  },

  backup: {
    title: "加密备份",
    about:
      "将所有图像、任务和外发记录打包成一个文件，用密码短语加密封存（开放的 `age` 格式），以便在保留期限之后继续保存结果，或迁移到另一台电脑。没有密码短语，谁都打不开它——包括你自己。恢复时会把图像和任务放回此保险库，已存在的内容会被跳过。",
    passphrase: "备份密码短语",
    again: "再次输入以备份",
    againLabel: "再次输入备份密码短语",
    make: "创建备份…",
    restore: "从备份恢复…",
    restoreNeedsPassphrase: "请先输入备份的密码短语",
    tooShort: (min: number) => `备份密码短语至少需要 ${plural("zh-CN", min, { other: "# 个字符" })}。`,
    differ: "两次输入的密码短语不一致。",
  },

  lookup: {
    title: "查找任务",
    placeholder: "粘贴任务 ID",
    label: "任务 ID",
    show: "显示",
    thisDevice: "本设备",
    reference: "参考图",
    result: "结果",
    until: (date: string) => `保留至 ${date}`,
    kept: "一直保留",
    summary: (requests: number, changes: number) =>
      `已发送 ${plural("zh-CN", requests, { other: "# 个请求" })}；记录了 ${plural("zh-CN", changes, { other: "# 次状态变化" })}。`,
    exportTask: "导出此任务",
    deleteTask: "删除此任务…",
    deleteConfirm: (images: number, entries: number) =>
      `这将删除 ${plural("zh-CN", images, { other: "# 张图像" })}及其缩略图和密钥、${plural("zh-CN", entries, { other: "# 条外发记录" })}，以及该任务的历史。`,
    keep: "保留",
    sentTitle: "离开本设备的内容",
    sentShow: "显示发送的内容",
    sentSame: "已在本设备上根据参考图重新生成：与发送的内容完全相同（其 SHA-256 记录在日志中）。",
    sentDiffers:
      "已在本设备上重新生成，但与发送的内容不同：决定其形态的设置（某个服务商的尺寸上限）此后已更改。日志保留了发出的内容。",
    sentGone:
      "任务结束时参考图和发送的副本已被删除；日志保留了每个部分的尺寸、级别和 SHA-256（见上）。",
  },

  location: {
    title: "数据存放位置",
    noTelemetry: "不会写入其他任何位置。从不收集任何遥测数据。",
  },

  keys: {
    title: "密钥",
    working: "正常",
    unreachable: "无法访问",
    checking: "正在检查…",
    about: "服务商的 API 密钥保存在系统密钥环中（无法访问密钥环时，加密封存在受口令保护的保险库内），从不以明文写入文件或日志。",
  },

  consents: {
    title: "谁可以接收你的图像",
    about: "未经你的同意，不会向任何服务商发送内容。撤回同意后，新的请求会立即停止。",
    none: "尚未同意任何服务商。首次向某个服务商发送时会询问你。",
    allowedSince: (date: string) => `自 ${date} 起允许`,
    notAllowed: "未允许",
    withdraw: "撤回",
    allow: "允许",
  },

  troubleshooting: {
    title: "故障排查",
    about:
      "最近 24 小时的运行日志记录发生了什么（操作、服务商、结果、错误），从不记录提示词、密钥、图像或文件名。诊断信息还会加上版本和设置，便于提交错误报告。",
    showLog: "显示日志",
    copyDiagnostics: "复制诊断信息",
    logLabel: "运行日志",
    diagnosticsLabel: "诊断信息",
    omitted: (x: number) => `… 之前还有 ${plural("zh-CN", x, { other: "# 行" })}`,
    empty: "日志为空。",
  },

  erase: {
    title: "全部抹除",
    about:
      "销毁保险库的主密钥（存储的任何内容都将无法再读取），然后删除所有图像、缩略图、索引、外发记录、日志和设置，撤回所有同意，并从密钥环中移除服务商的 API 密钥。之后 Seed Studio 将如新安装一般启动。此操作无法撤销；如需保留副本，请先导出。",
    howTo: "请输入大写英文单词 ERASE 以确认。",
    placeholder: "输入 ERASE",
    label: "输入 ERASE 以确认",
    button: "全部抹除",
    erasing: "正在抹除…",
  },

  ledger: {
    title: "外发记录",
    emptyTitle: "还没有任何内容离开本设备",
    emptyBody:
      "每一次发往 AI 服务商的请求都会记录在这里：哪个服务商、何时、为哪个任务，以及每张图像的大小、尺寸和指纹——让你确切看到发送了什么。",
    provider: "服务商",
    allProviders: "所有服务商",
    filter: "筛选",
    filterPlaceholder: "任务 ID、主机或图像指纹",
    shown: (shown: number, total: number) => `${n(shown)} / ${plural("zh-CN", total, { other: "# 个请求" })}`,
    when: "时间",
    to: "发往",
    what: "内容",
    answer: "响应",
    task: "任务",
    promptChars: (x: number) => plural("zh-CN", x, { other: "# 个字符的提示词" }),
    noAnswer: "无响应",
    openTask: "在“任务”中查看此任务",
  },
} satisfies typeof en;
