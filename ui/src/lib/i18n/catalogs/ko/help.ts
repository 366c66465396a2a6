import type en from "../en/help";

export default {
  improve: "프롬프트 개선",
  improveHint: "텍스트 모델이 프롬프트를 더 자세하게 다시 씁니다. 바뀌기 전에 두 가지를 비교할 수 있습니다.",
  textModel: "텍스트 모델",
  expand: "이 기기에서 확장",
  expandHint: "짧은 아이디어에 구도, 조명, 색상, 디테일을 영어로 덧붙입니다. 네트워크를 쓰지 않습니다.",
  waiting: (provider: string) => `${provider}의 응답을 기다리는 중…`,
  stopWaiting: "그만 기다리기",

  compare: "내 프롬프트와 제안",
  yours: "내 프롬프트",
  suggestedBy: (provider: string) => `${provider}의 제안`,
  expanded: "이 기기에서 확장한 결과",
  useNew: "새 프롬프트 사용",
  keepMine: "내 것 유지",

  sendsText: (provider: string) => `${provider}에는 프롬프트 텍스트만 전송되며, 이미지는 전송되지 않습니다.`,
  sendsImage: (provider: string) =>
    `${provider}에는 이 이미지의 축소 사본 한 장만 전송됩니다(메타데이터 제거, 축소). 프롬프트나 다른 이미지는 전송되지 않습니다.`,
  consentNeeded: (provider: string) => `아직 ${provider}에 보내도록 허용하지 않았습니다.`,
  consentBody:
    "허용하면 만들기에서 보내기 전에 요청하는 것과 같은 동의가 기록되며, ‘개인정보’ 페이지에서 언제든 철회할 수 있습니다. 모든 요청은 전송 기록에 남습니다.",
  allow: "허용하고 요청",
  offlineExpand: "프리셋 라이브러리로는 네트워크 없이도 이 기기에서 아이디어를 완전한 프롬프트로 확장할 수 있습니다.",
  offlineDescribe: "이미지를 설명하려면 제공업체가 필요합니다. 요청하려면 설정에서 오프라인 모드를 끄세요.",
  missingKey: (provider: string, shortcut: string) =>
    `설정(${shortcut})에서 ${provider}의 API 키를 추가하거나 다른 텍스트 모델을 선택하세요.`,

  describe: "이 이미지 설명",
  describeHint: "텍스트 모델이 이 이미지를 다시 만들 수 있는 프롬프트를 씁니다.",
  described: (provider: string) => `${provider}에서 제안한 프롬프트`,
  copy: "복사",
  copied: "복사했습니다.",
  useInCreate: "만들기에서 사용",
} satisfies typeof en;
