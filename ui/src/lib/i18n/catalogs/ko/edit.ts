import type en from "../en/edit";

export default {
  open: "영역 편집…",
  title: "영역 편집",
  intro:
    "바꿀 부분을 칠하세요. 그 부분과 맥락을 위한 주변 여백만 전송되며, 결과는 이 컴퓨터에서 전체 이미지에 다시 합쳐지고 나머지 픽셀은 모두 그대로 유지됩니다.",
  prompt: "그 부분을 어떻게 바꿀지",
  promptPlaceholder: "예: 벽에 기대어 세워 둔 빨간 자전거",
  provider: "제공업체",
  margin: "칠한 부분 주변의 맥락",
  marginValue: (percent: string) => `각 방향으로 크기의 ${percent}`,
  wholeImage: "전체 이미지 보내기",
  wholeImageHint:
    "일부 편집은 빛이나 스타일을 맞추기 위해 사진 전체를 봐야 합니다. 무엇이 바뀔지는 여전히 마스크가 정하지만, 사진 전체가 이 컴퓨터에서 나갑니다.",
  preview: "나갈 내용 미리 보기",
  share: (percent: string) => `나가는 부분: 사진의 ${percent}. 나머지는 이 컴퓨터에 남습니다.`,
  partAlt: "사진에서 나가는 부분",
  maskAlt: "함께 보내는 마스크(모양만)",
  coversAll:
    "마스크가 이미지 전체를 덮고 있어 이미지 전체가 전송됩니다. 그래도 보낼까요, 아니면 덜 칠할까요?",
  sendWhole: "전체 이미지 보내기",
  paintLess: "덜 칠하기",
  queued: "편집 요청을 보냈습니다. 결과가 돌아오면 갤러리에서 원본 옆에 나타납니다.",
  paintFirst: "먼저 바꿀 부분을 칠하세요.",
  sourceGone: "이 편집에 사용한 원본 이미지가 삭제되어 다시 편집할 수 없습니다.",
} satisfies typeof en;
