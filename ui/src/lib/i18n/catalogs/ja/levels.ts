import type en from "../en/levels";
import { plural } from "../../plural";

export default {
  title: "参照画像から送信される範囲",
  floor: "位置情報、カメラ情報などのメタデータは常に削除されます。",
  subject: "被写体のみ",
  subjectHint: "各参照画像を、写っている人物の部分（頭から腰まで、余白付き）に切り抜きます。",
  bystanders: "ほかの人の顔を隠す",
  bystandersHint: "被写体以外の顔を、顔検出器で検出されなくなるまでモザイク処理します。",
  background: "背景を置き換える",
  backgroundHint: "人物以外はすべてニュートラルなグレーになります。",
  facesHidden: (n: number) => plural("ja", n, { other: "ほかの人の顔 # 件を非表示" }),
  backgroundReplaced: "背景を置き換え済み",
  share: (percent: string) => `ピクセルの ${percent} を送信`,
  original: "元の画像",
  asSent: "送信される画像",
  defaultsColumn: "既定で送信される内容",
} satisfies typeof en;
