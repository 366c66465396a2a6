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
  eachTitle: "参照画像ごと",
  refLabel: (name: string) => `${name} から送信されるもの`,
  chooseSubject: "被写体を選ぶ…",
  subjectAuto: "被写体: この端末で見つけたいちばん大きな顔",
  subjectChosen: "被写体: あなたが選択",
  partTitle: "部分から送信されるもの",
  chooseHidden: "顔を隠す・表示する…",
  byHand: "隠す範囲を手動で変更しました",
  regionsHidden: (n: number) =>
    plural("ja", n, { other: "手動で # か所を非表示" }),
  picker: {
    title: "被写体を選ぶ",
    finding: "この端末で人物を探しています…",
    people: (n: number) =>
      plural("ja", n, { other: "この端末で # 人が見つかりました。被写体の人をクリックしてください。" }),
    none: "人物が見つかりませんでした。被写体を囲む枠を描いてください。",
    drawHint: "または写真の上をドラッグして枠を描きます。",
    person: (n: string) => `人物 ${n}`,
    automatic: "自動で見つける",
    keysHint:
      "写真: Enter で枠を置き、矢印キーで移動、Shift と矢印キーで大きさを変えます。",
    modeSubject: "被写体",
    modeHide: "隠すもの",
    hideHint:
      "赤い顔は隠されます。顔をクリックすると表示のままにできます。ほかのものはドラッグで囲むと隠せます。",
    personHidden: (n: string) => `人物 ${n}: 非表示`,
    personShown: (n: string) => `人物 ${n}: 表示のまま`,
    removeRegion: "この非表示範囲を削除",
    done: "完了",
    use: "この被写体を使う",
  },
} satisfies typeof en;
