import type en from "../en/tasks";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "すべての生成タスクとその進行状況。キャンセル、再試行、ID のコピーができます。",
  empty: {
    title: "まだタスクはありません",
    before: "",
    after:
      "で画像を生成すると、タスクが進行状況とともにここに表示されます（待機中、準備中、送信中、受信中、完了）。キャンセルや再試行ができ、ID をコピーして調べることもできます。",
  },
  status: {
    queued: "待機中",
    preparing: "参照画像を準備中",
    sending: "送信中",
    waiting: "プロバイダーが処理中",
    receiving: "結果を受信中",
    succeeded: "完了",
    failed: "失敗",
    cancelled: "キャンセル済み",
  },
  kind: {
    generate: "新規画像",
    edit: "編集した画像",
    idphoto: "証明写真",
    video: "動画",
  },
  onDevice: "このデバイス上",
  copyId: "タスク ID をコピー",
  progress: "進行状況",
  stored: (done: number, total: number) =>
    plural("ja", total, { other: `${formatNumber("ja", done)} / # 枚を保存済み` }),
  results: (count: number) => plural("ja", count, { other: "# 枚" }),
  resultAlt: "結果",
  reasons: {
    cancelledByYou: "あなたがキャンセルしました。",
    interrupted: "中断: タスクの完了前に Seed Studio が終了しました。再試行すると再度実行されます。",
    unfinishedAtBackup: "バックアップの作成時点で完了していませんでした。",
  },
  cancel: "キャンセル",
  retry: "再試行",
  discard: "破棄",
  discardHint: "断念します。参照画像はすぐに削除されます",
  keptForRetry: (count: number) =>
    plural("ja", count, {
      other: "再試行に備えて参照画像 # 枚を保持しています（取り込みから最長 24 時間）。",
    }),
} satisfies typeof en;
