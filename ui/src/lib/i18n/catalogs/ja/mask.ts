import type en from "../en/mask";

export default {
  title: "編集する範囲",
  tools: "マスクツール",
  brush: "ブラシ",
  eraser: "消しゴム",
  size: "サイズ",
  hardness: "硬さ",
  invert: "反転",
  clear: "すべて消去",
  undo: "元に戻す",
  redo: "やり直す",
  zoomIn: "拡大",
  zoomOut: "縮小",
  fit: "全体表示",
  canvasLabel:
    "画像: 変更したい部分を塗ってください。B でブラシ、E で消しゴム、[ と ] でブラシのサイズを変更、スクロールするか + と − キーで拡大・縮小、スペースキーを押しながらドラッグするか矢印キーで移動",
  coverage: (percent: string) => `画像の ${percent} を選択中`,
  empty: "まだ何も選択されていません。画像の変更したい部分を塗ってください。",
} satisfies typeof en;
