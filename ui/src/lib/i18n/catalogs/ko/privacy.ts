import type en from "../en/privacy";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (x: number) => formatNumber("ko", x);

export default {
  subtitle: "무엇이 어디에 저장되는지, 누가 받을 수 있는지, 그리고 이 기기에서 나간 모든 것.",

  notices: {
    exported: (images: number, tasks: number, entries: number, path: string) =>
      `이미지 ${plural("ko", images, { other: "#개" })}, 작업 ${plural("ko", tasks, { other: "#개" })}, 전송 기록 ${plural("ko", entries, { other: "#건" })}을 내보냈습니다: ${path}`,
    backedUp: (images: number, tasks: number, entries: number, path: string) =>
      `이미지 ${plural("ko", images, { other: "#개" })}, 작업 ${plural("ko", tasks, { other: "#개" })}, 전송 기록 ${plural("ko", entries, { other: "#건" })}을 백업했습니다: ${path}`,
    restored: (originals: number, outputs: number, tasks: number, duplicates: number) =>
      `원본 ${plural("ko", originals, { other: "#개" })}, 생성된 이미지 ${plural("ko", outputs, { other: "#개" })}, 작업 ${plural("ko", tasks, { other: "#개" })}를 복원했습니다. 이미지 ${plural("ko", duplicates, { other: "#개" })}는 이미 보관함에 있었습니다.`,
    taskDeleted: (files: number, entries: number) =>
      `작업을 삭제했습니다. 저장된 파일 ${plural("ko", files, { other: "#개" })}와 그 키, 전송 기록 ${plural("ko", entries, { other: "#건" })}도 함께 삭제했습니다.`,
    stopped: {
      export: "내보내기를 중단했습니다.",
      backup: "백업을 중단했습니다.",
      restore: "복원을 중단했습니다.",
    },
    diagnosticsCopied: "진단 정보를 클립보드에 복사했습니다. 키, 프롬프트, 파일 이름, 홈 폴더 경로는 포함되지 않습니다.",
  },

  inventory: {
    title: "저장된 항목",
    kinds: {
      original: "원본",
      output: "생성된 이미지",
      thumbnail: "썸네일",
    },
    ledgerEntries: "전송 기록 항목",
    logFiles: "작동 로그 파일",
    oldest: (date: string) => `가장 오래된 항목: ${date}.`,
    nextDeletion: (date: string, what: string) => `다음 삭제 ${date}: ${what}.`,
    nothingScheduled: "예정된 삭제가 없습니다.",
    nothing: "없음",
    originals: (x: number) => plural("ko", x, { other: "원본 #개" }),
    outputs: (x: number) => plural("ko", x, { other: "생성된 이미지 #개" }),
    thumbnails: (x: number) => plural("ko", x, { other: "썸네일 #개" }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `보호: 이미지는 ${objectCipher}로 봉인, 인덱스은 ${indexCipher}로 암호화, 마스터 키는 암호 문구로 봉인(Argon2id).`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `보호: 이미지는 ${objectCipher}로 봉인, 인덱스은 ${indexCipher}로 암호화, 마스터 키는 시스템 키링에 보관.`,
  },

  export: {
    title: "내보내기",
    zip: ".zip 파일 하나로",
    strip: "포함된 메타데이터 제거(EXIF, XMP, C2PA)",
    all: "모두 내보내기",
    saveAs: "다른 이름으로 저장…",
    where:
      "내보낸 파일은 `Pictures/Seed Studio exports`에 저장됩니다(다른 이름으로 저장…에서 위치를 고를 수도 있습니다). 복호화된 이미지가 알아보기 쉬운 이름으로 저장되고, 작업, 프롬프트, 제공업체, 전송 기록을 담은 `manifest.json`이 함께 생성됩니다.",
  },

  progress: {
    export: (done: number, total: number) => `내보내는 중 ${n(done)}/${n(total)}…`,
    backup: (done: number, total: number) => `백업하는 중 ${n(done)}/${n(total)}…`,
    restore: (done: number, total: number) => `복원하는 중 ${n(done)}/${n(total)}…`,
  },

  backup: {
    title: "암호화된 백업",
    about:
      "모든 이미지, 작업, 전송 기록을 파일 하나에 담아 암호 문구로 봉인합니다(공개 형식 `age`). 보존 기간이 지나도 결과를 간직하거나 다른 컴퓨터로 옮길 때 쓰세요. 암호 문구가 없으면 누구도 열 수 없습니다. 본인도 마찬가지입니다. 복원하면 이미지와 작업이 이 보관함으로 돌아오며, 이미 있는 항목은 건너뜁니다.",
    passphrase: "백업 암호 문구",
    again: "백업하려면 한 번 더 입력",
    againLabel: "백업 암호 문구 다시 입력",
    make: "백업 만들기…",
    restore: "백업 복원…",
    restoreNeedsPassphrase: "먼저 백업의 암호 문구를 입력하세요",
    tooShort: (min: number) => `백업 암호 문구는 ${plural("ko", min, { other: "#자" })} 이상이어야 합니다.`,
    differ: "두 암호 문구가 다릅니다.",
  },

  lookup: {
    title: "작업 찾기",
    placeholder: "작업 ID 붙여넣기",
    label: "작업 ID",
    show: "보기",
    thisDevice: "이 기기",
    reference: "참조",
    result: "결과",
    until: (date: string) => `${date}까지`,
    kept: "보관",
    summary: (requests: number, changes: number) =>
      `요청 ${plural("ko", requests, { other: "#건" })} 전송, 상태 변경 ${plural("ko", changes, { other: "#건" })} 기록.`,
    exportTask: "이 작업 내보내기",
    deleteTask: "이 작업 삭제…",
    deleteConfirm: (images: number, entries: number) =>
      `이미지 ${plural("ko", images, { other: "#개" })}와 그 썸네일 및 키, 전송 기록 ${plural("ko", entries, { other: "#건" })}, 작업 기록이 삭제됩니다.`,
    keep: "유지",
    sentTitle: "기기 밖으로 나간 것",
    sentShow: "보낸 것 보기",
    sentSame: "참조 이미지로 이 기기에서 다시 만들었습니다. 보낸 것과 같습니다(SHA-256이 기록에 있습니다).",
    sentDiffers:
      "이 기기에서 다시 만들었지만 보낸 것과 다릅니다. 모양을 정하는 설정(제공업체의 크기 제한)이 그 뒤로 바뀌었습니다. 기록에는 나간 것이 남아 있습니다.",
    sentGone:
      "작업이 끝날 때 참조 이미지와 보낸 사본은 삭제되었습니다. 기록에는 각 부분의 크기, 단계, SHA-256(위)이 남아 있습니다.",
  },

  location: {
    title: "데이터 저장 위치",
    noTelemetry: "다른 곳에는 아무것도 기록하지 않습니다. 원격 측정 데이터는 절대 수집하지 않습니다.",
  },

  keys: {
    title: "키",
    working: "작동 중",
    unreachable: "연결할 수 없음",
    checking: "확인하는 중…",
    about: "제공업체 API 키는 시스템 키링에 보관되며(키링에 연결할 수 없으면 암호로 보호된 보관함 안에 암호화해 보관), 평문 파일이나 로그에는 절대 남지 않습니다.",
  },

  consents: {
    title: "이미지를 받을 수 있는 곳",
    about: "동의 없이는 어떤 제공업체에도 보내지 않습니다. 동의를 철회하면 새 요청이 즉시 중단됩니다.",
    none: "동의한 제공업체가 없습니다. 처음 보낼 때 물어봅니다.",
    allowedSince: (date: string) => `${date}부터 허용`,
    notAllowed: "허용 안 됨",
    withdraw: "철회",
    allow: "허용",
  },

  troubleshooting: {
    title: "문제 해결",
    about:
      "최근 24시간의 작동 로그는 일어난 일(동작, 제공업체, 결과, 오류)을 기록하며, 프롬프트, 키, 이미지, 파일 이름은 절대 기록하지 않습니다. 진단 정보에는 버그 신고에 쓸 수 있도록 버전과 설정이 더해집니다.",
    showLog: "로그 보기",
    copyDiagnostics: "진단 정보 복사",
    logLabel: "작동 로그",
    diagnosticsLabel: "진단 정보",
    omitted: (x: number) => `… 이전 ${plural("ko", x, { other: "#줄" })}`,
    empty: "로그가 비어 있습니다.",
  },

  erase: {
    title: "모두 지우기",
    about:
      "보관함의 마스터 키를 파기한 뒤(저장된 어떤 것도 다시 읽을 수 없게 됩니다) 모든 이미지, 썸네일, 인덱스, 전송 기록, 로그, 설정을 삭제하고, 모든 동의를 철회하며, 키링에서 제공업체 API 키를 제거합니다. 그러면 Seed Studio는 처음 상태로 시작합니다. 되돌릴 수 없으니, 사본이 필요하면 먼저 내보내세요.",
    howTo: "확인하려면 영어 단어 ERASE를 대문자로 입력하세요.",
    placeholder: "ERASE 입력",
    label: "확인하려면 ERASE 입력",
    button: "모두 지우기",
    erasing: "지우는 중…",
  },

  ledger: {
    title: "전송 기록",
    emptyTitle: "이 기기에서 나간 것이 없습니다",
    emptyBody:
      "AI 제공업체로 보낸 모든 요청이 여기에 기록됩니다. 어느 제공업체에, 언제, 어떤 작업을 위해 보냈는지, 그리고 이미지마다 크기, 해상도, 지문까지. 무엇이 전송되었는지 정확히 확인할 수 있습니다.",
    provider: "제공업체",
    allProviders: "모든 제공업체",
    filter: "필터",
    filterPlaceholder: "작업 ID, 호스트 또는 이미지 지문",
    shown: (shown: number, total: number) => `요청 ${plural("ko", total, { other: "#건" })} 중 ${n(shown)}건`,
    when: "시각",
    to: "받는 곳",
    what: "내용",
    answer: "응답",
    task: "작업",
    promptChars: (x: number) => plural("ko", x, { other: "프롬프트 #자" }),
    noAnswer: "응답 없음",
    openTask: "작업 화면에서 이 작업 보기",
  },
} satisfies typeof en;
