import type en from "../en/gallery";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (value: number): string => formatNumber("zh-CN", value);

export default {
  subtitle: "你导入和创作的所有图像，都在本设备上加密保存，离线也能浏览。",
  opening: "正在打开保险库…",
  cannotOpen: "无法打开保险库。",
  dropHint: "将照片拖放到这里即可导入",
  importButton: "导入照片…",
  searchLabel: "搜索",
  searchPlaceholder: "搜索名称和标签…",
  filters: {
    show: "显示",
    allImages: "全部图像",
    originals: "导入的照片",
    outputs: "生成的图像",
    videos: "视频",
    added: "添加时间",
    anyTime: "不限时间",
    lastDay: "过去 24 小时",
    lastWeek: "过去 7 天",
    lastMonth: "过去 30 天",
    provider: "服务商",
    anyProvider: "全部服务商",
    taskStatus: "任务状态",
    anyTaskStatus: "全部任务状态",
    sort: "排序",
    newest: "最新在前",
    oldest: "最早在前",
    name: "名称",
  },
  select: "选择",
  done: "完成",
  selection: {
    label: "已选图像",
    count: (count: number) => plural("zh-CN", count, { other: "已选 # 张" }),
    selectAll: "全选",
    exportCopies: "导出副本",
    confirmDelete: (count: number) => plural("zh-CN", count, { other: "永久删除这 # 张图像？" }),
  },
  delete: "删除",
  deleteAsk: "删除…",
  keep: "保留",
  close: "关闭",
  importing: (done: number, total: number) => `正在导入第 ${n(done)} 张，共 ${n(total)} 张…`,
  notices: {
    imported: (added: number, duplicates: number) =>
      plural("zh-CN", added, { other: "已导入 # 张照片" }) +
      (duplicates ? `；${n(duplicates)} 张已在保险库中。` : "。"),
    exported: (files: number, path: string) =>
      plural("zh-CN", files, { other: `已将 # 份解密副本连同 manifest.json 导出到 ${path}` }),
    keptLonger: (deletion: string) => `已延长保留：${deletion}。`,
    deleted: (count: number) =>
      plural("zh-CN", count, { other: "已删除 # 张图像（含缩略图），其密钥已销毁。" }),
    watchFailed: (detail: string) => `监视文件夹中的一张照片无法导入：${detail}`,
  },
  empty: {
    title: "还没有图像",
    dropBefore: "将照片拖放到此页面任意位置，或选择",
    dropAfter: "。照片一到就会被加密。",
    retention: "导入的原图会在 24 小时内自动删除；你创作的图像保留 30 天。",
    noMatchTitle: "没有匹配项",
    noMatch: "没有与此搜索匹配的图像。清除搜索即可查看全部。",
  },
  untitled: "未命名",
  imageAlt: "图像",
  detail: {
    label: "图像详情",
    kind: "类型",
    original: "导入的照片",
    output: "生成的图像",
    size: "尺寸",
    added: "添加时间",
    deletion: "删除时间",
    madeBy: "生成方",
    thisDevice: "本设备",
    prompt: "提示词",
    task: "任务",
    id: "ID",
    keepBy: "延长保留",
    periods: {
      week: "一周",
      month: "30 天",
      quarter: "90 天",
      year: "一年",
    },
    originalNote: "导入的照片会在 24 小时内删除，或在使用它们的任务结束后立即删除。",
    exportCopy: "导出副本",
    confirmDelete: "永久删除？",
  },
} satisfies typeof en;
