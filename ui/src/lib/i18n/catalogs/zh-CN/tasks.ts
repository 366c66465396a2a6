import type en from "../en/tasks";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "每个生成任务及其进度；可取消、重试或复制其 ID。",
  empty: {
    title: "还没有任务",
    before: "当你在",
    after: "中生成图像时，任务会连同进度显示在这里：排队、准备、发送、接收、完成。你可以取消或重试任务，也可以复制其 ID 以便查找。",
  },
  status: {
    queued: "排队中",
    preparing: "正在准备参考图",
    sending: "正在发送",
    waiting: "服务商处理中",
    receiving: "正在接收结果",
    succeeded: "完成",
    failed: "失败",
    cancelled: "已取消",
  },
  kind: {
    generate: "新图像",
    edit: "编辑后的图像",
    idphoto: "证件照",
    video: "视频",
  },
  onDevice: "在本设备上",
  copyId: "复制任务 ID",
  progress: "进度",
  stored: (done: number, total: number) =>
    plural("zh-CN", total, { other: `已保存 ${formatNumber("zh-CN", done)} / # 张图像` }),
  results: (count: number) => plural("zh-CN", count, { other: "# 张图像" }),
  resultAlt: "结果",
  reasons: {
    cancelledByYou: "已由你取消。",
    interrupted: "已中断：任务完成前 Seed Studio 已停止。重试即可再次运行。",
    unfinishedAtBackup: "备份时此任务尚未完成。",
  },
  cancel: "取消",
  retry: "重试",
  discard: "放弃",
  discardHint: "放弃任务：其参考图会立即删除",
  keptForRetry: (count: number) =>
    plural("zh-CN", count, { other: "其 # 张参考图会保留以便重试，最长保留至导入后 24 小时。" }),
} satisfies typeof en;
