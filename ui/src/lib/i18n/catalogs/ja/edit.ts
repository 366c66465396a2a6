import type en from "../en/edit";

export default {
  open: "範囲を編集…",
  title: "範囲を編集",
  intro:
    "変更したい部分を塗ってください。送信されるのはその部分と、文脈として周囲に含める余白だけです。結果はこのコンピューター上で元の画像全体に戻され、それ以外のピクセルはそのまま残ります。",
  prompt: "その部分をどう変えるか",
  promptPlaceholder: "例: 壁に立てかけた赤い自転車",
  provider: "プロバイダー",
  margin: "塗った部分の周囲に含める範囲",
  marginValue: (percent: string) => `上下左右それぞれにサイズの ${percent}`,
  wholeImage: "画像全体を送信",
  wholeImageHint:
    "編集によっては、光の具合やスタイルを合わせるために画像全体を見る必要があります。変更される部分は引き続きマスクで決まりますが、写真全体がこのコンピューターから送信されます。",
  preview: "送信内容をプレビュー",
  share: (percent: string) => `写真の ${percent} が送信されます。残りはこのコンピューターに残ります。`,
  partAlt: "送信される写真の部分",
  maskAlt: "一緒に送信されるマスク（形状のみ）",
  coversAll:
    "マスクが画像全体を覆っているため、画像全体が送信されます。このまま送信しますか？それとも塗る範囲を減らしますか？",
  sendWhole: "画像全体を送信",
  paintLess: "塗る範囲を減らす",
  queued: "編集リクエストを送信中です。結果が届くと、ギャラリーの元の画像の隣に表示されます。",
  paintFirst: "まず変更したい部分を塗ってください。",
  sourceGone: "この編集の元画像は削除されているため、もう一度編集することはできません。",
} satisfies typeof en;
