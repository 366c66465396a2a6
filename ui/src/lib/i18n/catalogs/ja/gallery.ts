import type en from "../en/gallery";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (value: number): string => formatNumber("ja", value);

export default {
  subtitle: "取り込んだ画像も作成した画像も、このデバイス上で暗号化され、オフラインでも閲覧できます。",
  opening: "保管庫を開いています…",
  cannotOpen: "保管庫を開けません。",
  dropHint: "ここに写真をドロップして取り込みます",
  importButton: "写真を取り込む…",
  searchLabel: "検索",
  searchPlaceholder: "名前とタグを検索…",
  filters: {
    show: "表示",
    allImages: "すべての画像",
    originals: "取り込んだ写真",
    outputs: "生成画像",
    videos: "動画",
    added: "追加日",
    anyTime: "すべての期間",
    lastDay: "過去 24 時間",
    lastWeek: "過去 7 日間",
    lastMonth: "過去 30 日間",
    provider: "プロバイダー",
    anyProvider: "すべてのプロバイダー",
    taskStatus: "タスクの状態",
    anyTaskStatus: "すべての状態",
    sort: "並べ替え",
    newest: "新しい順",
    oldest: "古い順",
    name: "名前順",
  },
  select: "選択",
  done: "完了",
  selection: {
    label: "選択した画像",
    count: (count: number) => plural("ja", count, { other: "# 枚を選択中" }),
    selectAll: "すべて選択",
    exportCopies: "コピーを書き出す",
    confirmDelete: (count: number) => plural("ja", count, { other: "# 枚の画像を完全に削除しますか？" }),
  },
  delete: "削除",
  deleteAsk: "削除…",
  keep: "残す",
  close: "閉じる",
  importing: (done: number, total: number) => `取り込み中… ${n(done)} / ${n(total)}`,
  notices: {
    imported: (added: number, duplicates: number) =>
      plural("ja", added, { other: "写真を # 枚取り込みました" }) +
      (duplicates ? `。${n(duplicates)} 枚はすでに保管庫にあります。` : "。"),
    exported: (files: number, path: string) =>
      plural("ja", files, { other: `復号したコピー # 枚を manifest.json とともに ${path} に書き出しました` }),
    keptLonger: (deletion: string) => `保持期間を延長しました: ${deletion}。`,
    deleted: (count: number) =>
      plural("ja", count, { other: "画像を # 枚削除しました（サムネイルを含む）。鍵は破棄されました。" }),
    watchFailed: (detail: string) => `監視フォルダーの写真を取り込めませんでした: ${detail}`,
  },
  empty: {
    title: "まだ画像がありません",
    dropBefore: "このページのどこかに写真をドロップするか、",
    dropAfter: "を選んでください。写真は届いた時点で暗号化されます。",
    retention: "取り込んだ元画像は 24 時間以内に自動で削除されます。作成した画像は 30 日間保存されます。",
    noMatchTitle: "一致する画像はありません",
    noMatch: "この検索に一致する画像はありません。検索をクリアするとすべて表示されます。",
  },
  untitled: "無題",
  imageAlt: "画像",
  detail: {
    label: "画像の詳細",
    kind: "種類",
    original: "取り込んだ写真",
    output: "生成画像",
    size: "サイズ",
    added: "追加日時",
    deletion: "削除予定",
    madeBy: "作成元",
    thisDevice: "このデバイス",
    prompt: "プロンプト",
    task: "タスク",
    id: "ID",
    keepBy: "保持期間を延長",
    periods: {
      week: "1 週間",
      month: "30 日",
      quarter: "90 日",
      year: "1 年",
    },
    originalNote: "取り込んだ写真は 24 時間以内、またはそれを使うタスクが終わった時点で削除されます。",
    exportCopy: "コピーを書き出す",
    confirmDelete: "完全に削除しますか？",
  },
} satisfies typeof en;
