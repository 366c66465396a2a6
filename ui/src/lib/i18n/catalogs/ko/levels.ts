import type en from "../en/levels";
import { plural } from "../../plural";

export default {
  title: "참조 이미지에서 나가는 내용",
  floor: "위치, 카메라 정보 등 메타데이터는 항상 제거됩니다.",
  subject: "대상 인물만",
  subjectHint: "각 참조 이미지를 그 안의 인물에 맞춰 자릅니다(머리부터 허리까지, 여백 포함).",
  bystanders: "다른 사람의 얼굴 가리기",
  bystandersHint: "대상 인물을 제외한 모든 얼굴을 얼굴 감지기가 찾지 못할 때까지 모자이크 처리합니다.",
  background: "배경 바꾸기",
  backgroundHint: "인물을 제외한 모든 부분이 중간 회색으로 바뀝니다.",
  facesHidden: (n: number) => plural("ko", n, { other: "다른 얼굴 #개 가림" }),
  backgroundReplaced: "배경 교체됨",
  share: (percent: string) => `픽셀의 ${percent} 전송`,
  original: "원본",
  asSent: "전송될 이미지",
  defaultsColumn: "기본으로 전송되는 내용",
} satisfies typeof en;
