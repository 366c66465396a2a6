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
  eachTitle: "참조 이미지별",
  refLabel: (name: string) => `${name}에서 보내는 것`,
  chooseSubject: "주인공 선택…",
  subjectAuto: "주인공: 이 기기에서 찾은 가장 큰 얼굴",
  subjectChosen: "주인공: 직접 선택함",
  partTitle: "부분에서 보내는 것",
  chooseHidden: "얼굴 가리기/보이기…",
  byHand: "가릴 영역을 직접 바꿨습니다",
  regionsHidden: (n: number) =>
    plural("ko", n, { other: "직접 가린 영역 #곳" }),
  picker: {
    title: "주인공 선택",
    finding: "이 기기에서 사람을 찾는 중…",
    people: (n: number) =>
      plural("ko", n, { other: "이 기기에서 #명을 찾았습니다. 주인공인 사람을 클릭하세요." }),
    none: "사람을 찾지 못했습니다. 주인공 주위에 상자를 그리세요.",
    drawHint: "또는 사진 위를 드래그해 상자를 그리세요.",
    person: (n: string) => `사람 ${n}`,
    automatic: "자동으로 찾기",
    keysHint:
      "사진: Enter로 상자를 놓고, 화살표 키로 옮기고, Shift와 화살표 키로 크기를 바꿉니다.",
    modeSubject: "주인공",
    modeHide: "가릴 것",
    hideHint:
      "빨간색 얼굴은 가려집니다. 얼굴을 클릭하면 보이게 둘 수 있고, 다른 것을 드래그하면 그것도 가릴 수 있습니다.",
    personHidden: (n: string) => `사람 ${n}: 가림`,
    personShown: (n: string) => `사람 ${n}: 보이게 둠`,
    removeRegion: "이 가린 영역 삭제",
    done: "완료",
    use: "이 주인공 사용",
  },
} satisfies typeof en;
