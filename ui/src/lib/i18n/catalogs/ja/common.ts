import type en from "../en/common";
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "キャンセル",
  close: "閉じる",
  save: "保存",
  delete: "削除",
  retry: "再試行",
  open: "開く",
  back: "戻る",
  loading: "読み込み中…",
  images: (n: number) => plural("ja", n, { other: "# 枚の画像" }),
} satisfies typeof en;
