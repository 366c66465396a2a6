import type en from "../en/privacy";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (x: number) => formatNumber("ja", x);

export default {
  subtitle: "何がどこに保存され、誰が受け取れるか、そしてこのデバイスから送信されたすべての記録。",

  notices: {
    exported: (images: number, tasks: number, entries: number, path: string) =>
      `画像 ${plural("ja", images, { other: "# 枚" })}、タスク ${plural("ja", tasks, { other: "# 件" })}、送信記録 ${plural("ja", entries, { other: "# 件" })}を書き出しました: ${path}`,
    backedUp: (images: number, tasks: number, entries: number, path: string) =>
      `画像 ${plural("ja", images, { other: "# 枚" })}、タスク ${plural("ja", tasks, { other: "# 件" })}、送信記録 ${plural("ja", entries, { other: "# 件" })}をバックアップしました: ${path}`,
    restored: (originals: number, outputs: number, tasks: number, duplicates: number) =>
      `元画像 ${plural("ja", originals, { other: "# 枚" })}、生成画像 ${plural("ja", outputs, { other: "# 枚" })}、タスク ${plural("ja", tasks, { other: "# 件" })}を復元しました。${plural("ja", duplicates, { other: "# 枚" })}の画像はすでに保管庫にありました。`,
    taskDeleted: (files: number, entries: number) =>
      `タスクを削除しました。保存ファイル ${plural("ja", files, { other: "# 個" })}とその鍵、送信記録 ${plural("ja", entries, { other: "# 件" })}も削除されました。`,
    stopped: {
      export: "書き出しを中止しました。",
      backup: "バックアップを中止しました。",
      restore: "復元を中止しました。",
    },
    diagnosticsCopied:
      "診断情報をクリップボードにコピーしました。鍵、プロンプト、ファイル名、ホームフォルダーのパスは含まれません。",
  },

  inventory: {
    title: "保存されているもの",
    kinds: {
      original: "元画像",
      output: "生成画像",
      thumbnail: "サムネイル",
    },
    ledgerEntries: "送信記録の件数",
    logFiles: "動作ログのファイル",
    oldest: (date: string) => `最も古い項目: ${date}`,
    nextDeletion: (date: string, what: string) => `次の削除は ${date}: ${what}`,
    nothingScheduled: "削除の予定はありません。",
    nothing: "なし",
    originals: (x: number) => plural("ja", x, { other: "元画像 # 枚" }),
    outputs: (x: number) => plural("ja", x, { other: "生成画像 # 枚" }),
    thumbnails: (x: number) => plural("ja", x, { other: "サムネイル # 枚" }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `保護: 画像は ${objectCipher} で封印、インデックスは ${indexCipher} で暗号化、マスターキーはパスフレーズで封印 (Argon2id)。`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `保護: 画像は ${objectCipher} で封印、インデックスは ${indexCipher} で暗号化、マスターキーはシステムのキーリングに保管。`,
  },

  export: {
    title: "書き出し",
    zip: "1 つの .zip ファイルにまとめる",
    strip: "埋め込みメタデータ (EXIF、XMP、C2PA) を削除",
    all: "すべて書き出す",
    saveAs: "場所を指定…",
    where:
      "書き出し先は `Pictures/Seed Studio exports` です (「場所を指定…」で変更できます)。復号した画像が読みやすい名前で保存され、タスク、プロンプト、プロバイダー、送信記録を記した `manifest.json` が付きます。",
  },

  progress: {
    export: (done: number, total: number) => `書き出し中 ${n(done)} / ${n(total)}…`,
    backup: (done: number, total: number) => `バックアップ中 ${n(done)} / ${n(total)}…`,
    restore: (done: number, total: number) => `復元中 ${n(done)} / ${n(total)}…`,
  },

  backup: {
    title: "暗号化バックアップ",
    about:
      "すべての画像、タスク、送信記録を 1 つのファイルにまとめ、パスフレーズで封印します (オープンな `age` 形式)。保持期間を過ぎても結果を残したいときや、別のコンピューターに移すときに使えます。パスフレーズがなければ誰も開けません。あなた自身もです。復元すると、画像とタスクがこの保管庫に戻り、すでにあるものはスキップされます。",
    passphrase: "バックアップのパスフレーズ",
    again: "確認のためもう一度入力",
    againLabel: "バックアップのパスフレーズを再入力",
    make: "バックアップを作成…",
    restore: "バックアップから復元…",
    restoreNeedsPassphrase: "先にバックアップのパスフレーズを入力してください",
    tooShort: (min: number) => `バックアップのパスフレーズは ${plural("ja", min, { other: "# 文字" })}以上必要です。`,
    differ: "2 つのパスフレーズが一致しません。",
  },

  lookup: {
    title: "タスクを調べる",
    placeholder: "タスク ID を貼り付け",
    label: "タスク ID",
    show: "表示",
    thisDevice: "このデバイス",
    reference: "参照",
    result: "結果",
    until: (date: string) => `${date} まで`,
    kept: "保持",
    summary: (requests: number, changes: number) =>
      `送信したリクエスト ${plural("ja", requests, { other: "# 件" })}、記録された状態の変化 ${plural("ja", changes, { other: "# 件" })}。`,
    exportTask: "このタスクを書き出す",
    deleteTask: "このタスクを削除…",
    deleteConfirm: (images: number, entries: number) =>
      `画像 ${plural("ja", images, { other: "# 枚" })}とそのサムネイル・鍵、送信記録 ${plural("ja", entries, { other: "# 件" })}、タスクの履歴を削除します。`,
    keep: "残す",
    sentTitle: "端末の外に出たもの",
    sentShow: "送信されたものを表示",
    sentSame: "参照画像からこの端末で再作成しました。送信されたものと同一です（その SHA-256 が記録にあります）。",
    sentDiffers:
      "この端末で再作成しましたが、送信されたものとは異なります。形を決める設定（プロバイダーのサイズ上限）がその後変わりました。記録には送信されたものが残っています。",
    sentGone:
      "参照画像と送信したコピーはタスクの終了時に削除されました。記録には各部分のサイズ、レベル、SHA-256（上記）が残っています。",
  },

  location: {
    title: "データの保存場所",
    noTelemetry: "これ以外の場所には何も書き込みません。テレメトリーは一切収集しません。",
  },

  keys: {
    title: "鍵",
    working: "動作中",
    unreachable: "接続できません",
    checking: "確認中…",
    about: "プロバイダーの API キーはシステムのキーリングに保管されます（キーリングを使えない場合は、パスフレーズで保護された保管庫の中に暗号化して保管）。平文のファイルやログには残りません。",
  },

  consents: {
    title: "画像を受け取れる相手",
    about: "あなたの同意なしにプロバイダーへ送信することはありません。同意を取り消すと、新しいリクエストはすぐに止まります。",
    none: "同意済みのプロバイダーはありません。初めて送信するときに確認します。",
    allowedSince: (date: string) => `${date} から許可`,
    notAllowed: "未許可",
    withdraw: "取り消す",
    allow: "許可する",
  },

  troubleshooting: {
    title: "トラブルシューティング",
    about:
      "直近 24 時間の動作ログには、起きたこと (操作、プロバイダー、結果、エラー) を記録します。プロンプト、鍵、画像、ファイル名は記録しません。診断情報にはバージョンと設定が加わり、不具合の報告に使えます。",
    showLog: "ログを表示",
    copyDiagnostics: "診断情報をコピー",
    logLabel: "動作ログ",
    diagnosticsLabel: "診断情報",
    omitted: (x: number) => `… それ以前の ${plural("ja", x, { other: "# 行" })}`,
    empty: "ログは空です。",
  },

  erase: {
    title: "すべて消去",
    about:
      "保管庫のマスターキーを破棄し (保存されたものは二度と読めなくなります)、すべての画像、サムネイル、インデックス、送信記録、ログ、設定を削除し、すべての同意を取り消し、プロバイダーの API キーをキーリングから削除します。Seed Studio は初めての状態から始まります。元に戻せません。コピーが必要なら先に書き出してください。",
    howTo: "確認のため、ERASE という英単語を大文字で入力してください。",
    placeholder: "ERASE と入力",
    label: "確認のため ERASE と入力",
    button: "すべて消去",
    erasing: "消去中…",
  },

  ledger: {
    title: "送信記録",
    emptyTitle: "このデバイスから送信されたものはありません",
    emptyBody:
      "AI プロバイダーへのリクエストはすべてここに記録されます。どのプロバイダーに、いつ、どのタスクのために送ったか、画像ごとのサイズ、寸法、フィンガープリントまで。何が送られたかを正確に確認できます。",
    provider: "プロバイダー",
    allProviders: "すべてのプロバイダー",
    filter: "絞り込み",
    filterPlaceholder: "タスク ID、ホスト、画像のフィンガープリント",
    shown: (shown: number, total: number) => `${n(shown)} / ${plural("ja", total, { other: "# 件のリクエスト" })}`,
    when: "日時",
    to: "送信先",
    what: "内容",
    answer: "応答",
    task: "タスク",
    promptChars: (x: number) => plural("ja", x, { other: "プロンプト # 文字" }),
    noAnswer: "応答なし",
    openTask: "このタスクを「タスク」で表示",
  },
} satisfies typeof en;
