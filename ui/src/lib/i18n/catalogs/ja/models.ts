import type en from "../en/models";
import { plural } from "../../plural";

export default {
  title: "モデル",
  intro:
    "各モデルが受け付ける内容によって、「作成」で選べる項目が決まります。このバージョンより後にプロバイダーが公開したモデルは、その制限とあわせてここで追加できます。",
  builtIn: "組み込みモデル",
  yours: "追加したモデル",
  none: "まだありません。",
  provider: "プロバイダー",
  model: "モデル",
  accepts: "対応内容",
  references: (n: number) => plural("ja", n, { other: "参照画像 最大 # 枚" }),
  textOnly: "テキストのみ",
  imageSizes: (tiers: string) => `画像サイズ ${tiers}`,
  fidelity: "入力忠実度",
  defaultModel: "既定",
  remove: "削除",
  removeLabel: (id: string) => `${id} を削除`,
  add: "モデルを追加",
  id: "モデル ID",
  idPlaceholder: "例: gemini-nano-banana-2.1",
  maxReferences: "1 回のリクエストで使える参照画像の最大数",
  edits: "画像を編集できる（参照画像を受け付ける）",
  tiers: "画像サイズの段階",
  inputFidelity: "入力忠実度に対応",
  sizesNote: "サイズは、そのプロバイダーのほかのモデルと同じになります。",
  added: (id: string) => `${id} を追加しました。`,
  other: "その他のモデル…",
  otherLabel: "モデル ID",
  tier: "解像度",
  tierDefault: "モデルの既定",
  keepDetails: "参照画像の顔や細部を保つ",
  keepDetailsHint: "参照画像により忠実に従うよう、モデルに求めます（OpenAI の入力忠実度: 高）。",
  tooManyRefs: (model: string, n: number) =>
    plural("ja", n, { other: `${model} が受け付ける参照画像は最大 # 枚です。` }),
  noRefs: (model: string) => `${model} はテキストだけから画像を作成します。参照画像は受け付けません。`,
  unknown: (model: string) =>
    `${model} はモデルカタログにないため、プロバイダー共通の制限が適用されます。このモデル独自の制限を設定するには、「設定 → モデル」で追加してください。`,
} satisfies typeof en;
