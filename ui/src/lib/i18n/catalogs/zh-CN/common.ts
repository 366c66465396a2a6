import type en from "../en/common";
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "取消",
  close: "关闭",
  save: "保存",
  delete: "删除",
  retry: "重试",
  open: "打开",
  back: "返回",
  loading: "正在加载…",
  images: (n: number) => plural("zh-CN", n, { other: "# 张图像" }),
} satisfies typeof en;
