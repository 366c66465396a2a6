import type en from "../en/create";
import { plural } from "../../plural";

export default {
  subtitle: "選んだ AI プロバイダーで画像を生成・編集します。",

  noVault: {
    title: "まず保管庫を設定してください",
    intro:
      "「作成」では、プロンプトと、選んだ場合は参照写真の縮小コピーを、指定した AI プロバイダーに送信し、結果を暗号化された保管庫に保存します。",
    setUp: { before: "", after: "で保管庫を設定してから、ここに戻ってください。" },
    decide:
      "このデバイスから何かが送信される前に、送信される内容（メタデータ削除・縮小済み）を正確に確認してから判断できます。",
  },

  presetsTitle: "プリセットから始める",
  presetsLabel: "プリセット",
  presets: {
    figure: {
      name: "キャラクターフィギュア",
      hint: "写真の人物やペットを、机に飾られたコレクション用フィギュアにします。",
      refs: "参照: 被写体の写真 1 枚。",
    },
    product: {
      name: "商品広告写真",
      hint: "普段撮りの写真から、すっきりした商品の広告画像を作ります。",
      refs: "参照: 商品の写真 1 枚。",
    },
    style: {
      name: "スタイル変換",
      hint: "写真を、2 枚目の画像または指定したスタイルで描き直します。",
      refs: "参照: 元になる写真 1 枚、任意でスタイル画像 1 枚。",
    },
    background: {
      name: "背景の差し替え",
      hint: "被写体はそのままに、背景をすべて置き換えます。",
      refs: "参照: 被写体の写真 1 枚。",
    },
  },
  fields: {
    figureStyle: { label: "フィギュアの種類", placeholder: "1/7 スケールの PVC フィギュア" },
    base: { label: "台座", placeholder: "透明な円形アクリル台座" },
    setting: { label: "シーン", placeholder: "柔らかな朝の光が差す大理石のカウンター" },
    mood: { label: "雰囲気", placeholder: "爽やかで高級感のある" },
    style: { label: "スタイル", placeholder: "インクの線画を添えたラフな水彩画" },
    background: { label: "新しい背景", placeholder: "夕暮れの静かな浜辺" },
  },

  promptTitle: "プロンプト",
  promptPlaceholder: "作りたい画像を説明してください。Ctrl+Enter で生成します。",
  warnings: {
    email: "プロンプトにメールアドレスらしきものが含まれています。プロバイダーに送信されます。",
    phone: "プロンプトに電話番号らしきものが含まれています。プロバイダーに送信されます。",
    address: "プロンプトに住所らしきものが含まれています。プロバイダーに送信されます。",
    other: "プロンプトに個人情報らしきものが含まれています。プロバイダーに送信されます。",
  },

  refsTitle: "参照画像",
  picked: (n: number) => plural("ja", n, { other: "（# 枚選択）" }),
  importing: (n: number) => plural("ja", n, { other: "# 個のファイルを取り込み中…" }),
  noImages:
    "保管庫にはまだ画像がありません。参照に使うには、ここに写真をドロップするか、ギャラリーで取り込んでください。",
  dropHint:
    "ファイルをここにドロップすると、取り込んで選択します。送信されるのは縮小コピーだけです（メタデータ削除・縮小・ランダムな名前）。",
  imageAlt: "画像",

  optionsTitle: "プロバイダーと出力",
  provider: "プロバイダー",
  model: "モデル",
  size: "サイズ",
  count: "枚数",
  sizes: {
    providerDefault: "プロバイダーの既定",
    square: "正方形 1:1",
    landscape: "横長 4:3",
    portrait: "縦長 3:4",
    photo: "写真 3:2",
    photoPortrait: "写真（縦） 2:3",
    wide: "ワイド 16:9",
    tall: "縦ワイド 9:16",
    cinema: "シネマ 21:9",
  },
  generate: "生成",
  preparing: "準備中…",
  provenance:
    "結果には、プロバイダーが埋め込む来歴情報（C2PA、EXIF/XMP）が残ります。Google の SynthID のような不可視の透かしはピクセルの一部なので、そのまま残ります。",

  recentTitle: "最近のタスク",

  preview: {
    sizeChanged: (model: string, asked: string, sent: string) => `${model} は ${asked} に対応していないため、最も近い対応サイズ ${sent} で依頼します。`,
    title: "このコンピューターから送信される内容は、これですべてです",
    to: "送信先",
    model: "モデル",
    prompt: "プロンプト",
    promptChars: (n: number) => plural("ja", n, { other: "# 文字" }),
    images: "画像",
    none: "なし",
    imageAlt: (n: number) => `送信される参照画像 ${n}`,
    sentAs: "送信時の名前:",
    metadata: "位置情報、カメラ情報などのメタデータは含まれません。ピクセルは再エンコード済みです。",
    termsLead: (provider: string) => `${provider} による送信データの扱い:`,
    consentNeeded: "同意が必要です。",
    consentBody: (scope: string) =>
      `送信すると、次の文言で同意が記録されます:「${scope}」同意は「プライバシー」ページでいつでも取り消せます。`,
    send: "送信",
    allowAndSend: "許可して送信",
  },

  terms: {
    gemini:
      "有料 API: プロンプト、画像、結果はモデルの学習に使われません。不正利用の監視のため最大 55 日間保管され、2026-10-26 以降に作成されたプロジェクトでは、リクエストが既定で 55 日間保存されます。無料枠: Google の製品改善に使われ、レビュー担当者が閲覧する場合があります。",
    openai: "API の入力と出力は、既定では学習に使われません。不正利用の監視のため最大 30 日間保管されます。",
    seedream:
      "Ark は BytePlus/Volcengine の規約に基づき、不正利用の監視のため入力と出力を保管します。結果はレスポンスに直接含めて返されます（ホスティングはされません）。",
    kling:
      "API に固有の保持や学習に関する声明は公開されていません。完成した動画はリンク経由で約 30 日間 Kling のサーバーに残ります。Seed Studio は動画を一度だけダウンロードし、保管庫にのみ保存します。",
    seedance:
      "Ark は BytePlus/Volcengine の規約に基づき、不正利用の監視のため入力と出力を保管します。完成した動画は一時的なリンク（約 24 時間）でホスティングされ、Seed Studio がそこから保管庫に一度だけダウンロードします。",
  },
  consentScope: (provider: string, terms: string) =>
    `Seed Studio は、あなたが開始したタスクのために、プロンプトと、選んだ参照画像の縮小コピー（メタデータ削除・縮小・ランダムな名前）を ${provider} に送信できます。${terms}`,
} satisfies typeof en;
