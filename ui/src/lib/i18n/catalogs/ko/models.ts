import type en from "../en/models";
import { plural } from "../../plural";

export default {
  title: "모델",
  intro:
    "각 모델이 받을 수 있는 입력에 따라 만들기에서 제공되는 항목이 정해집니다. 이 버전 이후에 제공업체가 출시한 모델은 그 제한과 함께 여기에서 추가할 수 있습니다.",
  builtIn: "기본 제공 모델",
  yours: "내 모델",
  none: "아직 없습니다.",
  provider: "제공업체",
  model: "모델",
  accepts: "지원",
  references: (n: number) => plural("ko", n, { other: "참조 이미지 최대 #장" }),
  textOnly: "텍스트만",
  imageSizes: (tiers: string) => `이미지 크기 ${tiers}`,
  fidelity: "입력 충실도",
  defaultModel: "기본값",
  remove: "삭제",
  removeLabel: (id: string) => `${id} 삭제`,
  add: "모델 추가",
  id: "모델 ID",
  idPlaceholder: "예: gemini-nano-banana-2.1",
  maxReferences: "요청당 최대 참조 이미지 수",
  edits: "이미지 편집 가능(참조 이미지 사용)",
  tiers: "이미지 크기 단계",
  inputFidelity: "입력 충실도 지원",
  sizesNote: "크기는 해당 제공업체의 다른 모델과 같습니다.",
  added: (id: string) => `${id}을(를) 추가했습니다.`,
  other: "다른 모델…",
  otherLabel: "모델 ID",
  tier: "해상도",
  tierDefault: "모델 기본값",
  keepDetails: "참조 이미지의 얼굴과 세부 묘사 유지",
  keepDetailsHint: "모델이 참조 이미지를 더 충실히 따르도록 요청합니다(OpenAI 입력 충실도: 높음).",
  tooManyRefs: (model: string, n: number) =>
    plural("ko", n, { other: `${model}은(는) 참조 이미지를 최대 #장까지 받습니다.` }),
  noRefs: (model: string) => `${model}은(는) 텍스트만으로 이미지를 만들며, 참조 이미지를 받지 않습니다.`,
  unknown: (model: string) =>
    `${model}은(는) 모델 카탈로그에 없어 제공업체의 일반 제한이 적용됩니다. 이 모델만의 제한을 설정하려면 ‘설정 → 모델’에서 추가하세요.`,
} satisfies typeof en;
