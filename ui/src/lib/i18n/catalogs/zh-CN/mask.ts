import type en from "../en/mask";

export default {
  title: "编辑区域",
  tools: "蒙版工具",
  brush: "画笔",
  eraser: "橡皮擦",
  size: "大小",
  hardness: "硬度",
  invert: "反选",
  clear: "全部清除",
  undo: "撤销",
  redo: "重做",
  zoomIn: "放大",
  zoomOut: "缩小",
  fit: "适应窗口",
  canvasLabel:
    "图像：涂抹要修改的部分。B 画笔，E 橡皮擦，[ 和 ] 调整画笔大小；滚动鼠标或按 + 和 − 缩放；按住空格键拖动，或用方向键平移",
  coverage: (percent: string) => `已选中图像的 ${percent}`,
  empty: "尚未选中任何区域：请涂抹图像中要修改的部分。",
} satisfies typeof en;
