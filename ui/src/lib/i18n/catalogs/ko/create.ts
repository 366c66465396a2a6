import type en from "../en/create";
import { plural } from "../../plural";

export default {
  subtitle: "원하는 AI 제공업체로 이미지를 생성하고 편집합니다.",

  noVault: {
    title: "먼저 보관함을 설정하세요",
    intro:
      "만들기는 프롬프트와, 선택한 경우 참조 사진의 축소 사본을 지정한 AI 제공업체로 보내고, 결과를 암호화된 보관함에 저장합니다.",
    setUp: { before: "", after: "에서 보관함을 설정한 뒤 다시 오세요." },
    decide:
      "이 기기에서 무엇이든 나가기 전에, 보낼 내용(메타데이터 제거, 축소됨)을 정확히 확인하고 결정할 수 있습니다.",
  },

  presetsTitle: "프리셋으로 시작",
  presetsLabel: "프리셋",
  presets: {
    figure: {
      name: "캐릭터 피규어",
      hint: "사진 속 인물이나 반려동물을 책상 위 소장용 피규어로 만듭니다.",
      refs: "참조: 대상 사진 1장.",
    },
    product: {
      name: "제품 광고 사진",
      hint: "평범한 사진으로 깔끔한 제품 광고 이미지를 만듭니다.",
      refs: "참조: 제품 사진 1장.",
    },
    style: {
      name: "스타일 변환",
      hint: "사진을 두 번째 이미지나 지정한 스타일로 다시 그립니다.",
      refs: "참조: 내용 사진 1장, 선택적으로 스타일 이미지 1장.",
    },
    background: {
      name: "배경 바꾸기",
      hint: "대상은 그대로 두고 뒤의 배경을 모두 바꿉니다.",
      refs: "참조: 대상 사진 1장.",
    },
  },
  fields: {
    figureStyle: { label: "피규어 종류", placeholder: "1/7 스케일 PVC 피규어" },
    base: { label: "받침대", placeholder: "둥근 투명 아크릴 받침대" },
    setting: { label: "장소", placeholder: "부드러운 아침 햇살이 비치는 대리석 카운터" },
    mood: { label: "분위기", placeholder: "산뜻하고 고급스러운" },
    style: { label: "스타일", placeholder: "잉크 윤곽선이 있는 자유로운 수채화" },
    background: { label: "새 배경", placeholder: "해 질 녘의 고요한 해변" },
  },

  promptTitle: "프롬프트",
  promptPlaceholder: "원하는 이미지를 설명하세요. Ctrl+Enter로 생성합니다.",
  warnings: {
    email: "프롬프트에 이메일 주소로 보이는 내용이 있습니다. 제공업체가 이를 받게 됩니다.",
    phone: "프롬프트에 전화번호로 보이는 내용이 있습니다. 제공업체가 이를 받게 됩니다.",
    address: "프롬프트에 주소로 보이는 내용이 있습니다. 제공업체가 이를 받게 됩니다.",
    other: "프롬프트에 개인정보로 보이는 내용이 있습니다. 제공업체가 이를 받게 됩니다.",
  },

  refsTitle: "참조 이미지",
  picked: (n: number) => plural("ko", n, { other: "(#개 선택됨)" }),
  importing: (n: number) => plural("ko", n, { other: "파일 #개 가져오는 중…" }),
  noImages: "보관함에 아직 이미지가 없습니다. 참조로 쓰려면 여기에 사진을 끌어다 놓거나 갤러리에서 가져오세요.",
  dropHint:
    "여기에 파일을 끌어다 놓으면 가져와서 선택합니다. 축소 사본만 전송됩니다: 메타데이터 제거, 축소, 무작위 이름.",
  imageAlt: "이미지",

  optionsTitle: "제공업체 및 출력",
  provider: "제공업체",
  model: "모델",
  size: "크기",
  count: "이미지 수",
  sizes: {
    providerDefault: "제공업체 기본값",
    square: "정사각형 1:1",
    landscape: "가로 4:3",
    portrait: "세로 3:4",
    photo: "사진 3:2",
    photoPortrait: "세로 사진 2:3",
    wide: "와이드 16:9",
    tall: "세로 와이드 9:16",
    cinema: "시네마 21:9",
  },
  generate: "생성",
  preparing: "준비 중…",
  provenance:
    "결과에는 제공업체가 넣은 출처 정보(C2PA, EXIF/XMP)가 그대로 남습니다. Google SynthID 같은 보이지 않는 워터마크는 픽셀의 일부이므로 유지됩니다.",

  recentTitle: "최근 작업",

  preview: {
    sizeChanged: (model: string, asked: string, sent: string) => `${model}은(는) ${asked}을(를) 지원하지 않으므로 가장 가까운 지원 크기인 ${sent}(으)로 요청합니다.`,
    title: "이 컴퓨터에서 나가는 내용은 정확히 이것입니다",
    to: "받는 곳",
    model: "모델",
    prompt: "프롬프트",
    promptChars: (n: number) => plural("ko", n, { other: "#자" }),
    images: "이미지",
    none: "없음",
    imageAlt: (n: number) => `전송될 참조 이미지 ${n}`,
    sentAs: "전송 이름:",
    metadata: "위치, 카메라 정보 등 메타데이터는 포함되지 않으며, 픽셀은 다시 인코딩되었습니다.",
    termsLead: (provider: string) => `${provider}의 데이터 처리 방침:`,
    consentNeeded: "동의가 필요합니다.",
    consentBody: (scope: string) =>
      `보내면 다음 문구로 동의가 기록됩니다: “${scope}” 동의는 ‘개인정보’ 페이지에서 언제든 철회할 수 있습니다.`,
    send: "보내기",
    allowAndSend: "허용하고 보내기",
  },

  terms: {
    gemini:
      "유료 API: 프롬프트, 이미지, 결과는 모델 학습에 사용되지 않으며, 악용 모니터링을 위해 최대 55일간 보관됩니다. 2026-10-26 이후 생성된 프로젝트는 기본적으로 요청을 55일간 저장합니다. 무료 등급: Google 제품 개선에 사용될 수 있고 검토자가 볼 수 있습니다.",
    openai: "API 입력과 출력은 기본적으로 학습에 사용되지 않으며, 악용 모니터링을 위해 최대 30일간 보관됩니다.",
    seedream:
      "Ark는 BytePlus/Volcengine 약관에 따라 악용 모니터링을 위해 입력과 출력을 보관합니다. 결과는 응답에 직접 담겨 반환됩니다(호스팅 없음).",
    kling:
      "API에 대한 별도의 보관 또는 학습 관련 정책은 공개되어 있지 않습니다. 완성된 동영상은 링크를 통해 약 30일간 Kling 서버에 남습니다. Seed Studio는 동영상을 한 번만 다운로드해 보관함에만 보관합니다.",
    seedance:
      "Ark는 BytePlus/Volcengine 약관에 따라 악용 모니터링을 위해 입력과 출력을 보관합니다. 완성된 동영상은 임시 링크(약 24시간)로 호스팅되며, Seed Studio가 이를 한 번만 다운로드해 보관함에 저장합니다.",
  },
  consentScope: (provider: string, terms: string) =>
    `Seed Studio는 사용자가 시작한 작업을 위해 프롬프트와 선택한 참조 이미지의 축소 사본(메타데이터 제거, 축소, 무작위 이름)을 ${provider}에 보낼 수 있습니다. ${terms}`,
} satisfies typeof en;
