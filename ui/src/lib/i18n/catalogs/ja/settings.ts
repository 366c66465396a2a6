import type en from "../en/settings";

export default {
  subtitle: "外観、保持期間、バックグラウンドでの動作、プロバイダーのキー、監視フォルダー、データの保存場所。",
  loading: "読み込み中…",
  notSaved: "何も変更されていません。設定は元のままです。",

  appearance: {
    title: "外観",
    language: "言語",
    languageSystem: (name: string) => `システム（${name}）`,
    languageHelp: "ウィンドウの表示はすぐに切り替わります。",
    theme: "テーマ",
    themes: { system: "システムに合わせる", light: "ライト", dark: "ダーク" },
  },

  logs: {
    title: "動作ログ",
    level: "詳細度",
    levels: { error: "エラーのみ", warn: "警告", info: "標準", debug: "トラブルシューティング" },
    help: "ログにプロンプト、鍵、画像、ファイル名が含まれることはありません。次回の起動時に反映されます。",
  },

  background: {
    title: "バックグラウンドでの動作",
    help: "削除が予定どおりに行われるのは、Seed Studio の実行中だけです。ウィンドウを閉じてもシステムトレイで動作し続けます（トレイから再び開くか、終了できます）。まったく実行されていなかった場合は、次に起動した時点で、何かを表示する前に期限切れのものを削除します。",
    closeToTray: "ウィンドウを閉じても Seed Studio をシステムトレイで実行し続ける",
    startAtLogin: "ログイン時に Seed Studio をトレイで起動する",
  },

  lock: {
    title: "アプリのロック",
    help: "ロック中の Seed Studio は保管庫の内容を何も表示せず、鍵をメモリーから消去します。削除は予定どおり行われます。サイドバー下部のボタンか {0} でロックできます。",
    byVault: "保管庫のパスフレーズでロックを解除します。",
    newPassphrase: "新しいロック用パスフレーズ…",
    choosePassphrase: "ロック用パスフレーズを決めてください（8 文字以上）…",
    passphraseLabel: "ロック用パスフレーズ",
    save: "保存",
    remove: "削除",
    saved: "ロック用パスフレーズを保存しました（Argon2id ハッシュとして）。",
    removed: "ロック用パスフレーズを削除しました。",
    idle: "自動ロック",
    never: "しない",
    after: (duration: string) => `${duration}後`,
    lockNow: "今すぐロック",
  },

  network: {
    title: "ネットワークとプロバイダー",
    offline: "オフラインモード",
    offlineHelp: "このコンピューターからは何も送信されません。クラウドのプロバイダーへのタスクは拒否されます。",
    provider: "プロバイダー",
    model: "モデル",
    atOnce: "同時実行数",
    preview: "送信前のプレビュー",
    modelOf: (provider: string) => `${provider} のモデル`,
    atOnceOf: (provider: string) => `${provider} の同時実行タスク数`,
    showWhatLeaves: "送信内容を表示",
    timeout: "{0}以内に応答しないプロバイダーは、わかりやすいメッセージとともに失敗します（config.toml の {1}）。",
    previewHelp:
      "プレビューをオフにするのは、信頼できるプロバイダーだけにしてください。そのプロバイダーのタスクは「{0}」を押すとすぐに送信されます。その場合も縮小済みで、送信記録に残ります。",
  },

  keys: {
    title: "プロバイダーの API キー",
    help: "システムのキーリングに保存します。キーリングを利用できない場合は、暗号化された保管庫に封印します。Seed Studio は保存したキーを二度と表示せず、暗号化せずにファイルへ書き込むこともなく、そのプロバイダー以外には送信しません。",
    stored: "保存済み",
    storedInVault: "保管庫に保存済み",
    fromEnvironment: "環境変数から",
    notSet: "未設定",
    replace: "キーを置き換える…",
    paste: "キーを貼り付け…",
    keyFor: (provider: string) => `${provider} の API キー`,
    save: "保存",
    remove: "削除",
    saved: "キーをシステムのキーリングに保存しました。",
    savedInVault: "システムのキーリングを利用できないため、キーを暗号化された保管庫に封印しました。",
    removed: "キーを削除しました。",
  },

  watch: {
    title: "監視フォルダー",
    help: "このフォルダーに保存された新しい写真は、コピーが完了すると自動的に取り込まれます（すでに入っているファイルも取り込まれます）。",
    placeholder: "/home/you/Pictures/取り込み用",
    pathLabel: "監視フォルダー（絶対パス）",
    save: "保存",
    stop: "監視を停止",
    deleteAfter: "暗号化したコピーを読み戻して検証できたら、各ファイルをフォルダーから削除する",
    osCopies:
      "OS が別の場所にコピーを残している場合があります（ごみ箱、バックアップ、同期サービスの履歴など）。ここで削除されるのはこのファイルだけです。",
  },

  dataDir: {
    title: "データフォルダー",
    help: "別のフォルダーを使うには、{0} を付けて Seed Studio を起動するか、{1} を設定してください。",
    folderArg: "フォルダー",
  },

  retention: {
    title: "保持期間",
    intro:
      "Seed Studio がこのコンピューターに各種データを保持し、破棄する（まず鍵、次にファイル）までの期間です。期間は {0}、{1}、{2}、{3} のように指定します。",
    unavailable: "保持期間を確認・変更するには、ギャラリーで保管庫を作成するか、ロックを解除してください。",
    next: (when: string, what: string) => `次回の削除: ${when} — ${what}。`,
    nothingScheduled: "削除の予定はありません。",
    fields: {
      originals: {
        label: "取り込んだ元画像",
        help: "取り込んだ時点から数えます。使用するタスクが終わると、それより早く削除されます。",
      },
      outputs: { label: "生成画像", help: "生成された時点から数えます。" },
      outputsMax: { label: "生成画像を保持できる最長期間", help: "詳細ビューで保持期間を延長できるのはここまでです。" },
      logs: { label: "動作ログ", help: "各ログファイルの最後の行から数えます。" },
      ledger: { label: "送信記録のエントリー", help: "それぞれが書き込まれた時点から数えます。" },
    },
    why: {
      originals: "元画像を 24 時間を超えて保持することはありません。それが約束です。",
      outputs: "最長 10 年です。",
      outputsMax: "延長しても、画像を保持できるのはこの期間までです。生成画像の保持期間より短くはできません。",
      logs: "動作ログを 24 時間を超えて保持することはありません。",
      ledger: "最長 10 年です。",
    },
    allowed: (min: string, max: string) => `設定できる範囲: ${min}～${max}。`,
    review: "変更内容を確認…",
    undo: "元に戻す",
    deletesNow: (what: string) => `適用すると、次のものがすぐに削除されます: ${what}。`,
    cannotUndo: "この操作は取り消せません。",
    nothingNow: "すぐに削除されるものはありません。新しい期限は、保存されているすべてのものに適用されます。",
    apply: "適用",
    cancel: "キャンセル",
    updated: "保持期間を更新しました。期限を過ぎたものは現在削除しています。",
  },
} satisfies typeof en;
