import type en from "../en/app";
import { plural } from "../../plural";

export default {
  sections: {
    gallery: "ギャラリー",
    create: "作成",
    idphoto: "証明写真",
    tasks: "タスク",
    privacy: "プライバシー",
    settings: "設定",
  },
  nav: {
    label: "セクション",
    lock: "ロック",
    about: "アプリについて",
    local: "ローカル",
    localTitle: "画像と鍵はこのデバイスから出ません",
  },
  keyringBanner: (detail: string | null) =>
    `システムのキーリングに接続できません${detail ? `（${detail}）` : ""}。代わりにパスフレーズで保管庫を保護してください。プロバイダーの API キーは保管庫の中に封印して保管されます。`,
  fatal: {
    title: "Seed Studio でデータを開けません",
    help: (file: string) =>
      `何も変更・削除されていません。データフォルダーの ${file} を修正するか削除してから、Seed Studio をもう一度起動してください。`,
  },
  about: {
    title: "Seed Studio について",
    tagline: "写真はあなたのもの。画像も鍵も暗号化されて、このデバイスに保管されます。",
    version: "バージョン",
    dataFolder: "データフォルダー",
    settingsFile: "設定ファイル",
    notCreatedYet: "未作成（既定値を使用中）",
    logs: "ログ",
    keyring: "キーリング",
    keyringWorking: "正常",
    keyringNotReachable: "接続できません",
    vault: "保管庫",
    vaultNone: "まだありません",
    vaultStates: { open: "開いています", locked: "ロック中", error: "エラー", none: "なし" },
    vaultInKeyring: (state: string) => `鍵はシステムのキーリング内、${state}`,
    vaultByPassphrase: (state: string) => `パスフレーズで保護、${state}`,
    encryption: "暗号化",
    encryptionImages: (cipher: string) => `画像: ${cipher}`,
    encryptionIndex: (sqlcipher: string, sqlite: string) => `インデックス: SQLCipher ${sqlcipher}（SQLite ${sqlite}）`,
    checking: "確認中…",
  },
  lock: {
    title: "Seed Studio はロックされています",
    bodyVaultPassphrase:
      "画像とその鍵はメモリーから消去されています。期限が来たものは予定どおり削除されます。保管庫のパスフレーズを入力してください。",
    bodyLockPassphrase:
      "画像とその鍵はメモリーから消去されています。期限が来たものは予定どおり削除されます。ロック用のパスフレーズを入力してください。",
    passphrase: "パスフレーズ",
    unlock: "ロック解除",
    unlocking: "ロック解除中…",
  },
  vaultSetup: {
    createTitle: "プライベート保管庫を設定",
    unlockTitle: "保管庫のロックを解除",
    createIntro:
      "取り込んだ写真は、1 枚ずつ個別の鍵で暗号化してここに保管され、自動的に削除されます（取り込んだ元画像は 24 時間以内）。保管庫のマスターキーはこのコンピューターから出ません。",
    unlockIntro: "この保管庫はパスフレーズで保護されています。パスフレーズを入力するまで、中身は何も表示できません。",
    keyQuestion: "鍵をどこに保管しますか？",
    keyInKeyring: "システムのキーリング（推奨：覚えておくものはありません）",
    keyInKeyringUnavailable: "システムのキーリング（このシステムでは接続できません）",
    keyBehindPassphrase: "自分で決めたパスフレーズ（忘れると保管庫を開けなくなります）",
    passphrase: "パスフレーズ",
    repeat: "もう一度入力",
    hint: "10 文字以上。開くのに 1 秒ほどかかります。それが推測を遅くする仕組みです。",
    create: "保管庫を作成",
    unlock: "ロック解除",
    working: "処理中…",
  },
  time: {
    kept: "削除するまで保持",
    beingDeleted: "削除中",
    deletedInMinutes: (n: number) => plural("ja", n, { other: "# 分後に削除" }),
    deletedInHours: (n: number) => plural("ja", n, { other: "# 時間後に削除" }),
    deletedInDays: (n: number) => plural("ja", n, { other: "# 日後に削除" }),
    nothing: "なし",
    originals: (n: number) => plural("ja", n, { other: "元画像 # 枚" }),
    outputs: (n: number) => plural("ja", n, { other: "生成画像 # 枚" }),
    thumbnails: (n: number) => plural("ja", n, { other: "サムネイル # 枚" }),
    logFiles: (n: number) => plural("ja", n, { other: "ログファイル # 件" }),
    ledgerEntries: (n: number) => plural("ja", n, { other: "送信記録 # 件" }),
  },
} satisfies typeof en;
