import type en from "../en/mask";

export default {
  title: "편집할 영역",
  tools: "마스크 도구",
  brush: "브러시",
  eraser: "지우개",
  size: "크기",
  hardness: "경도",
  invert: "반전",
  clear: "모두 지우기",
  undo: "실행 취소",
  redo: "다시 실행",
  zoomIn: "확대",
  zoomOut: "축소",
  fit: "화면 맞춤",
  canvasLabel:
    "이미지: 바꿀 부분을 칠하세요. B 브러시, E 지우개, [ 및 ] 브러시 크기, 스크롤하거나 + 및 − 키로 확대/축소, Space 키를 누른 채 끌거나 화살표 키로 이동",
  coverage: (percent: string) => `이미지의 ${percent} 선택됨`,
  empty: "아직 선택된 부분이 없습니다. 이미지에서 바꿀 부분을 칠하세요.",
} satisfies typeof en;
