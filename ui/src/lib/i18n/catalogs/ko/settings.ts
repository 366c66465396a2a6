import type en from "../en/settings";

export default {
  subtitle: "화면 모양, 보존 기간, 백그라운드 실행, 제공업체 키, 감시 폴더, 데이터 저장 위치를 설정합니다.",
  loading: "불러오는 중…",
  notSaved: "아무것도 바뀌지 않았습니다. 설정은 이전 그대로입니다.",

  appearance: {
    title: "화면 모양",
    language: "언어",
    languageSystem: (name: string) => `시스템 언어(${name})`,
    languageHelp: "창의 언어가 바로 바뀝니다.",
    theme: "테마",
    themes: { system: "시스템 설정 따르기", light: "밝게", dark: "어둡게" },
  },

  logs: {
    title: "작동 로그",
    level: "상세 수준",
    levels: { error: "오류만", warn: "경고", info: "보통", debug: "문제 해결" },
    help: "로그에는 프롬프트, 키, 이미지, 파일 이름이 절대 포함되지 않습니다. 다음 실행 때 적용됩니다.",
  },

  background: {
    title: "백그라운드 실행",
    help: "삭제는 Seed Studio가 실행 중일 때만 제시간에 이루어집니다. 창을 닫아도 시스템 트레이에서 계속 실행됩니다(트레이에서 다시 열거나 종료할 수 있습니다). 전혀 실행되지 않고 있었다면, 시작하는 즉시 화면에 무엇이든 표시하기 전에 만료된 항목을 삭제합니다.",
    closeToTray: "창을 닫아도 Seed Studio를 시스템 트레이에서 계속 실행",
    startAtLogin: "로그인할 때 Seed Studio를 트레이에서 시작",
  },

  lock: {
    title: "앱 잠금",
    help: "잠기면 Seed Studio는 보관함의 내용을 전혀 표시하지 않고 키를 메모리에서 지웁니다. 삭제는 그대로 제시간에 이루어집니다. 사이드바 아래쪽 버튼이나 {0}로 잠글 수 있습니다.",
    byVault: "보관함 암호 문구로 잠금을 해제합니다.",
    newPassphrase: "새 잠금 암호 문구…",
    choosePassphrase: "잠금 암호 문구를 정하세요(8자 이상)…",
    passphraseLabel: "잠금 암호 문구",
    save: "저장",
    remove: "삭제",
    saved: "잠금 암호 문구를 저장했습니다(Argon2id 해시로).",
    removed: "잠금 암호 문구를 삭제했습니다.",
    idle: "자동 잠금",
    never: "안 함",
    after: (duration: string) => `${duration} 후`,
    lockNow: "지금 잠그기",
  },

  network: {
    title: "네트워크 및 제공업체",
    offline: "오프라인 모드",
    offlineHelp: "이 컴퓨터에서 아무것도 나가지 않으며, 클라우드 제공업체로 가는 작업은 거부됩니다.",
    provider: "제공업체",
    model: "모델",
    atOnce: "동시 실행",
    preview: "보내기 전 미리 보기",
    modelOf: (provider: string) => `${provider} 모델`,
    atOnceOf: (provider: string) => `${provider} 동시 작업 수`,
    showWhatLeaves: "나갈 내용 보기",
    timeout: "{0} 안에 응답하지 않는 제공업체는 명확한 메시지와 함께 실패합니다(config.toml의 {1}).",
    previewHelp:
      "신뢰하는 제공업체에만 미리 보기를 끄세요. 그러면 ‘{0}’을 누르는 즉시 작업이 전송되며, 이때도 축소 처리되고 전송 기록에 남습니다.",
  },

  keys: {
    title: "제공업체 API 키",
    help: "시스템 키링에 저장되며, 키링을 사용할 수 없으면 암호화된 보관함에 봉인됩니다. Seed Studio는 저장된 키를 다시 보여 주지 않고, 암호화하지 않은 채 파일에 쓰지 않으며, 해당 제공업체 외에는 어디에도 보내지 않습니다.",
    stored: "저장됨",
    storedInVault: "보관함에 저장됨",
    fromEnvironment: "환경 변수에서",
    notSet: "설정 안 됨",
    replace: "키 교체…",
    paste: "키 붙여넣기…",
    keyFor: (provider: string) => `${provider} API 키`,
    save: "저장",
    remove: "삭제",
    saved: "키를 시스템 키링에 저장했습니다.",
    savedInVault: "시스템 키링을 사용할 수 없어 키를 암호화된 보관함에 봉인했습니다.",
    removed: "키를 삭제했습니다.",
  },

  watch: {
    title: "감시 폴더",
    help: "이 폴더에 저장된 새 사진은 복사가 끝나면 자동으로 가져옵니다(이미 들어 있는 파일도 가져옵니다).",
    placeholder: "/home/you/Pictures/가져올 사진",
    pathLabel: "감시 폴더(절대 경로)",
    save: "저장",
    stop: "감시 중지",
    deleteAfter: "암호화된 사본을 다시 읽어 검증한 뒤 각 파일을 폴더에서 삭제",
    osCopies:
      "운영 체제가 휴지통, 백업, 동기화 서비스 기록 등 다른 곳에 사본을 남겨 둘 수 있습니다. 여기서 삭제하면 이 파일만 지워집니다.",
  },

  dataDir: {
    title: "데이터 폴더",
    help: "다른 폴더를 쓰려면 {0} 옵션으로 Seed Studio를 시작하거나 {1} 환경 변수를 설정하세요.",
    folderArg: "폴더",
  },

  retention: {
    title: "보존 기간",
    intro:
      "Seed Studio가 이 컴퓨터에 데이터를 종류별로 얼마 동안 보관한 뒤 파기할지(키를 먼저, 그다음 파일) 정합니다. 기간은 {0}, {1}, {2}, {3}처럼 씁니다.",
    unavailable: "보존 기간을 보고 바꾸려면 갤러리에서 보관함을 만들거나 잠금을 해제하세요.",
    next: (when: string, what: string) => `다음 삭제: ${when} — ${what}.`,
    nothingScheduled: "예정된 삭제가 없습니다.",
    fields: {
      originals: { label: "가져온 원본", help: "가져온 시점부터 셉니다. 사용하는 작업이 끝나면 그보다 일찍 삭제됩니다." },
      outputs: { label: "생성된 이미지", help: "만들어진 시점부터 셉니다." },
      outputsMax: { label: "생성된 이미지의 최대 보관 기간", help: "상세 보기에서 보관 기간을 늘려도 여기까지입니다." },
      logs: { label: "작동 로그", help: "각 로그 파일의 마지막 줄부터 셉니다." },
      ledger: { label: "전송 기록 항목", help: "각 항목이 기록된 시점부터 셉니다." },
    },
    why: {
      originals: "원본은 24시간을 넘겨 보관하지 않습니다. 그것이 약속입니다.",
      outputs: "최대 10년입니다.",
      outputsMax: "보관 기간을 늘려도 이미지는 최대 이 기간까지만 남으며, 생성된 이미지의 보존 기간보다 짧을 수 없습니다.",
      logs: "작동 로그는 24시간을 넘겨 보관하지 않습니다.",
      ledger: "최대 10년입니다.",
    },
    allowed: (min: string, max: string) => `허용 범위: ${min}부터 ${max}까지.`,
    review: "변경 사항 검토…",
    undo: "되돌리기",
    deletesNow: (what: string) => `적용하면 즉시 삭제됩니다: ${what}.`,
    cannotUndo: "이 작업은 되돌릴 수 없습니다.",
    nothingNow: "즉시 삭제되는 항목은 없습니다. 새 기한은 저장된 모든 항목에 적용됩니다.",
    apply: "적용",
    cancel: "취소",
    updated: "보존 기간을 업데이트했습니다. 이제 기한이 지난 항목을 삭제하고 있습니다.",
  },
} satisfies typeof en;
