import type en from "../en/idphoto";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "パスポートやビザの証明写真を、すべてこのデバイス上で作成します。",
  noVaultTitle: "まず保管庫を設定してください",
  noVaultBody: (gallery: string) =>
    `ポートレートと書類（米国パスポート、シェンゲンビザ、英国、カナダ、インド、中国ほか25種類）を選びます。Seed Studio が顔を検出し、公式の頭の大きさと目の位置の規定に合わせて切り抜き、背景を置き換えて結果をチェックします。顔写真はどこにもアップロードされません。先に*${gallery}*で保管庫を設定してください。`,

  stepPhoto: "1. 写真",
  importPhotos: "写真を取り込む…",
  importing: "取り込み中…",
  noPhotos: "写真はまだありません。無地の壁の前でカメラに正面を向いて撮ったポートレートを取り込んでください。",
  photoAlt: "写真",
  pickHint: "写真を1枚選ぶとプレビューします。複数選ぶと、すべて同じ設定で作成します。",
  batchWorking: "処理中…",
  batchSaved: "保存済み",
  batchSavedWithFails: (n: number) => plural("ja", n, { other: "保存済み（#件のチェックで不合格）" }),

  stepDocument: "2. 書類",
  searchPlaceholder: "国名または書類名で検索",
  searchLabel: "書類を検索",
  documentLabel: "書類",
  noMatch: "検索に一致する書類はありません。",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height} mm、${dpi} dpi`,
  summaryHeadHair: (lo: string, hi: string) => `頭部 ${lo}〜${hi} mm（あごから髪の頂点まで）`,
  summaryHeadSkull: (lo: string, hi: string) => `頭部 ${lo}〜${hi} mm（あごから頭頂まで、髪を除く）`,
  summaryEyes: (lo: string, hi: string) => `目の位置 下端から ${lo}〜${hi} mm`,
  sourceOfficial: (date: string) => `出典：発行機関（${date}）`,
  sourceSecondary: (date: string) => `出典：二次資料（${date}）`,
  docs: {
    "us-passport": { document: "パスポート" },
    "us-visa": { document: "ビザ（DS-160）" },
    "us-dv-lottery": { document: "多様化ビザ抽選（DV）の応募" },
    "schengen-visa": { country: "シェンゲン圏", document: "ビザ（ICAO 35×45）" },
    "de-passport": { document: "パスポート / 身分証明書" },
    "fr-passport": { document: "パスポート / 身分証明書" },
    "it-passport": { document: "パスポート" },
    "at-passport": { document: "パスポート" },
    "be-passport": { document: "パスポート / 電子身分証（eID）" },
    "hr-passport": { document: "パスポート" },
    "gb-passport": { document: "パスポート" },
    "ie-passport": { document: "パスポート" },
    "gr-passport": { document: "パスポート" },
    "ee-passport": { document: "パスポート / 身分証明書" },
    "ca-passport": { document: "パスポート" },
    "ca-visa": { document: "ビザ / 永住権（IRCC）" },
    "au-passport": { document: "パスポート" },
    "in-passport": { document: "パスポート" },
    "in-evisa": { document: "電子ビザ（e-Visa）" },
    "cn-passport": { document: "パスポート" },
    "cn-visa": { document: "ビザ" },
    "jp-passport": { document: "パスポート" },
    "kr-passport": { document: "パスポート" },
    "br-passport": { document: "パスポート" },
    "mx-passport": { document: "パスポート" },
    "co-passport": { document: "パスポート" },
    "lb-passport": { document: "パスポート" },
    "sg-passport": { document: "パスポート" },
    "nz-passport": { document: "パスポート" },
    "ch-passport": { document: "パスポート / 身分証明書" },
    "icao-35x45": { country: "共通（ICAO）", document: "ICAO 9303 標準写真 35×45 mm" },
  },

  stepLook: "3. 背景と微調整",
  colours: {
    white: "白",
    lightGrey: "ライトグレー",
    lightBlue: "ライトブルー",
    blue: "青",
    red: "赤",
  },
  customColour: "カスタムカラー",
  keepBackground: "元の背景を残す",
  rejectsReplaced: "この書類の発行機関は、背景を置き換えた写真を受け付けません。無地の明るい壁の前で撮った元の背景を残してください。",
  headSize: "頭の大きさ",
  upDown: "上 / 下（mm）",
  leftRight: "左 / 右（mm）",
  autoLight: "露出とホワイトバランスを控えめに補正する",

  preview: "プレビュー",
  previewAlt: "書類のサイズに切り抜いたプレビュー",
  previewEmpty: "写真を選ぶと、ガイド線とチェック結果付きでここに表示されます。",
  legend: (headMm: string, share: string) =>
    `網掛け：頭頂（と目）が入るべき範囲。線：検出した頭頂・目・あごの位置。頭部 ${headMm} mm（高さの${share}）。`,
  report: "規格チェックの結果",
  status: { pass: "合格：", warn: "注意：", fail: "不合格：" },
  checks: {
    oneFace: "顔がちょうど1つ、写真内に完全に収まっています",
    headHeight: {
      within: (value: string, lo: string, hi: string) => `頭部（あごから頭頂）は ${value} mm で、規定の ${lo}〜${hi} mm の範囲内です`,
      below: (value: string, lo: string, hi: string) => `頭部（あごから頭頂）は ${value} mm で、規定の ${lo}〜${hi} mm を下回っています`,
      above: (value: string, lo: string, hi: string) => `頭部（あごから頭頂）は ${value} mm で、規定の ${lo}〜${hi} mm を上回っています`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) => `目の位置は下端から ${value} mm で、規定の ${lo}〜${hi} mm の範囲内です`,
      below: (value: string, lo: string, hi: string) => `目の位置は下端から ${value} mm で、規定の ${lo}〜${hi} mm を下回っています`,
      above: (value: string, lo: string, hi: string) => `目の位置は下端から ${value} mm で、規定の ${lo}〜${hi} mm を上回っています`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) => `頭の上の余白は ${value} mm で、規定の ${lo}〜${hi} mm の範囲内です`,
      below: (value: string, lo: string, hi: string) => `頭の上の余白は ${value} mm で、規定の ${lo}〜${hi} mm を下回っています`,
      above: (value: string, lo: string, hi: string) => `頭の上の余白は ${value} mm で、規定の ${lo}〜${hi} mm を上回っています`,
      touches: "頭頂が写真の上端に接しています",
    },
    level: {
      pass: "仕上がりで両目が水平です",
      fail: (degrees: string) => `仕上がりでも頭が ${degrees}° 傾いています。頭をまっすぐにした写真を使ってください`,
    },
    roll: {
      level: "頭はまっすぐです",
      levelled: (degrees: string) => `頭が ${degrees}° 傾いていたため、水平に補正しました`,
      tooTilted: (degrees: string) => `頭が ${degrees}° 傾いていました。補正しましたが、まっすぐ撮った写真のほうがきれいです`,
    },
    yaw: {
      pass: "顔がカメラに正面を向いています",
      warn: "顔が少し横を向いています。カメラに真正面を向いてください",
      fail: "顔が横を向いています。カメラの方を向いてください",
    },
    eyesOpen: {
      pass: "両目が開いています",
      warn: "目が半分閉じているようです",
      fail: "目が閉じているようです",
    },
    mouthClosed: {
      pass: "口が閉じています",
      warn: "口が少し開いているようです。自然な無表情にしてください",
      fail: "口が開いています。口を閉じてください",
      smile: "笑顔で歯が見えています。この書類では自然な笑顔は認められますが、口を開けた写真は認められません",
    },
    background: {
      replaced: "背景を無地の色に置き換えました",
      rejected: "この発行機関は背景を置き換えた写真を受け付けません。「元の背景を残す」を選んでください",
      unmeasured: "背景を判定できませんでした（写っている部分が少なすぎます）。ご自身で確認してください",
      plain: "背景は無地で明るい色です",
      notQuitePlain: "背景が完全な無地・明るい色ではありません。影や模様がないか確認してください",
      notPlain: "背景が無地ではありません。無地の壁を使うか、背景を置き換えてください",
    },
    exposure: {
      unmeasured: "顔の明るさを測定できませんでした",
      even: "顔に均一に光が当たっています",
      ratherDark: "顔がやや暗めです",
      ratherBright: "顔がやや明るめです",
      tooDark: "顔が暗すぎます",
      overexposed: "顔が露出オーバーです",
    },
    sharpness: {
      pass: "顔にピントが合っています",
      warn: "顔が少しぼやけています",
      fail: "顔がぼやけています",
    },
    resolution: {
      pass: "このサイズに十分な解像度があります",
      warn: (factor: string) => `顔を ${factor} 倍に拡大しました。もっと近くで撮るか、より鮮明な写真がおすすめです`,
      fail: (factor: string) => `顔を ${factor} 倍に拡大しました。写真が小さすぎるので、もっと近くで撮ってください`,
    },
    coverage: {
      filled: (share: string) => `枠の一部（${share}）が元の写真の外にあったため、背景色で埋めました`,
      extended: (share: string) => `枠の一部（${share}）が元の写真の外にあるため、端を引き伸ばしました`,
    },
    frameBottom: {
      pass: "写真が枠の下端まで届いています",
      fail: (mm: string) =>
        `写真が肩のあるべき位置より ${mm} mm 上で終わっています。もう少し離れて撮ってください`,
    },
    frameSides: {
      pass: "肩の高さで写真が枠の左右まで届いています",
      fail: (mm: string) =>
        `肩の高さで写真が枠の横端より ${mm} mm 内側で終わっています。もう少し離れて撮ってください`,
    },
    hair: {
      pass: "髪が枠の中に収まっています",
      warn: "髪が写真の上端に触れています。頭を少し小さく、または低くすると収まります",
    },
    backgroundRemnants: {
      pass: "古い背景は残っていません",
      warn: (area: string) =>
        `頭の横または上の約${area} mm²が人物の一部として残っています。古い背景であればブラシで消してください`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "レタッチ（任意）",
    smooth: "肌をなめらかに",
    brightness: "明るさ",
    contrast: "コントラスト",
    showBefore: "補正前を表示",
    showAfter: "補正後を表示",
    beforeAlt: "レタッチ前の写真",
    rule: "変わるのは明るさ、コントラスト、肌の質感だけです。顔の特徴・形・比率を変えた写真は当局に受理されません。",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "切り抜きを修正",
    on: "ブラシで塗る",
    mode: "ブラシ",
    add: "人物に加える",
    remove: "人物から消す",
    size: "ブラシの大きさ",
    undo: "元に戻す",
    clear: "すべてのストロークを消去",
    hint: "写真の上をドラッグします。「人物に加える」は切り抜きで抜けた部分（髪の毛、耳）を戻し、「人物から消す」は古い背景の一部を取り除きます。Ctrl+Z で最後のストロークを取り消せます。",
    count: (n: number) => plural("ja", n, { other: "ブラシのストローク #本。写真を作り直しました" }),
    areaLabel: "写真：ドラッグして切り抜きを塗る",
  },

  stepSave: "4. 保存",
  printSheet: "印刷用シート",
  noSheet: "印刷用シートなし",
  digitalUnder: "デジタルファイルの上限（KB）",
  digitalNone: "なし",
  digitalOn: (size: string) => `${size} 以下の JPEG も保存します。`,
  digitalOff: "サイズ制限付きのファイルは作成しません。作成するには上限を入力してください。",
  digitalSpec: (size: string) => `この書類のオンライン申請は ${size} までのファイルを受け付けます。`,
  saveButton: (n: number) =>
    n > 1 ? plural("ja", n, { other: "#枚の写真を保管庫に保存" }) : "写真を保管庫に保存",
  saving: (done: number, total: number) => `保存中… ${formatNumber("ja", done)} / ${formatNumber("ja", total)}`,
  saveHint:
    "写真（DPI 情報付き）、300 dpi の印刷用シート、サイズ制限付きのファイルが暗号化されてギャラリーに保存され、30日間保管されます。チェックに不合格の写真も保存でき、その旨がファイル名に示されます。",
  saved: (made: number, total: number) =>
    `${formatNumber("ja", total)}枚中${formatNumber("ja", made)}枚の証明写真をギャラリーに保存しました。処理が終わった元の写真は削除されました。`,
  savedWithSheets: (made: number, total: number) =>
    `${formatNumber("ja", total)}枚中${formatNumber("ja", made)}枚の証明写真を印刷用シートと一緒にギャラリーに保存しました。処理が終わった元の写真は削除されました。`,
} satisfies typeof en;
