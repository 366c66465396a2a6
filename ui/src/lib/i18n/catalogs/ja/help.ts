import type en from "../en/help";

export default {
  improve: "プロンプトを改善",
  improveHint: "テキストモデルがプロンプトを詳しく書き直します。何かが変わる前に、両方を見比べられます。",
  textModel: "テキストモデル",
  expand: "このデバイスで展開",
  expandHint: "短いアイデアに構図・照明・色・ディテールを英語で書き足します。ネットワークは使いません。",
  waiting: (provider: string) => `${provider} の応答を待っています…`,
  stopWaiting: "待つのをやめる",

  compare: "あなたのプロンプトと提案",
  yours: "あなたのプロンプト",
  suggestedBy: (provider: string) => `${provider} の提案`,
  expanded: "このデバイスで展開した結果",
  useNew: "新しいプロンプトを使う",
  keepMine: "元のままにする",

  sendsText: (provider: string) => `${provider} に送信されるのはプロンプトのテキストだけです。画像は送信されません。`,
  sendsImage: (provider: string) =>
    `${provider} に送信されるのは、この画像の縮小コピー 1 枚だけです（メタデータ削除・縮小）。プロンプトやほかの画像は送信されません。`,
  consentNeeded: (provider: string) => `${provider} への送信はまだ許可されていません。`,
  consentBody:
    "許可すると、「作成」で送信前に求められるのと同じ同意が記録されます。同意は「プライバシー」ページでいつでも取り消せます。リクエストはすべて送信記録に残ります。",
  allow: "許可して依頼",
  offlineExpand: "プリセットライブラリなら、ネットワークを使わずにこのデバイス上でアイデアを完全なプロンプトに展開できます。",
  offlineDescribe: "画像の説明にはプロバイダーが必要です。依頼するには、設定でオフラインモードをオフにしてください。",
  missingKey: (provider: string, shortcut: string) =>
    `設定（${shortcut}）で ${provider} の API キーを追加するか、もう一方のテキストモデルを選んでください。`,

  describe: "この画像を説明",
  describeHint: "テキストモデルが、この画像を再現するためのプロンプトを書きます。",
  described: (provider: string) => `${provider} が提案したプロンプト`,
  copy: "コピー",
  copied: "コピーしました。",
  useInCreate: "「作成」で使う",
} satisfies typeof en;
