import type en from "../en/app";
import { plural } from "../../plural";

export default {
  sections: {
    gallery: "갤러리",
    create: "만들기",
    idphoto: "증명사진",
    tasks: "작업",
    privacy: "개인정보",
    settings: "설정",
  },
  nav: {
    label: "섹션",
    lock: "잠금",
    about: "정보",
    local: "로컬 전용",
    localTitle: "이미지와 키는 이 기기에만 보관됩니다",
  },
  keyringBanner: (detail: string | null) =>
    `시스템 키링에 연결할 수 없습니다${detail ? ` (${detail})` : ""}. 대신 암호 문구로 보관함을 보호하세요. 그러면 제공업체 API 키는 보관함 안에 봉인되어 보관됩니다.`,
  fatal: {
    title: "Seed Studio에서 데이터를 열 수 없습니다",
    help: (file: string) =>
      `아무것도 변경되거나 삭제되지 않았습니다. 데이터 폴더의 ${file} 파일을 고치거나 삭제한 뒤 Seed Studio를 다시 시작하세요.`,
  },
  about: {
    title: "Seed Studio 정보",
    tagline: "사진은 온전히 내 것: 이미지와 키는 암호화되어 이 기기에만 보관됩니다.",
    version: "버전",
    dataFolder: "데이터 폴더",
    settingsFile: "설정 파일",
    notCreatedYet: "아직 생성되지 않음, 기본값 적용 중",
    logs: "로그",
    keyring: "키링",
    keyringWorking: "정상 작동",
    keyringNotReachable: "연결할 수 없음",
    vault: "보관함",
    vaultNone: "아직 없음",
    vaultStates: { open: "열림", locked: "잠김", error: "오류", none: "없음" },
    vaultInKeyring: (state: string) => `키는 시스템 키링에 보관, ${state}`,
    vaultByPassphrase: (state: string) => `암호 문구로 보호, ${state}`,
    encryption: "암호화",
    encryptionImages: (cipher: string) => `이미지: ${cipher}`,
    encryptionIndex: (sqlcipher: string, sqlite: string) => `인덱스: SQLCipher ${sqlcipher} (SQLite ${sqlite})`,
    checking: "확인 중…",
  },
  lock: {
    title: "Seed Studio가 잠겨 있습니다",
    bodyVaultPassphrase:
      "이미지와 키는 메모리에서 지워졌습니다. 예정된 삭제는 그대로 진행됩니다. 보관함 암호 문구를 입력하세요.",
    bodyLockPassphrase:
      "이미지와 키는 메모리에서 지워졌습니다. 예정된 삭제는 그대로 진행됩니다. 잠금 암호 문구를 입력하세요.",
    passphrase: "암호 문구",
    unlock: "잠금 해제",
    unlocking: "잠금 해제 중…",
  },
  vaultSetup: {
    createTitle: "개인 보관함 설정",
    unlockTitle: "보관함 잠금 해제",
    createIntro:
      "가져온 사진은 사진마다 별도의 키로 암호화되어 여기에 저장되며 자동으로 삭제됩니다. 가져온 원본은 24시간 이내에 삭제됩니다. 보관함의 마스터 키는 이 컴퓨터를 떠나지 않습니다.",
    unlockIntro: "이 보관함은 암호 문구로 보호되어 있습니다. 암호 문구를 입력하기 전에는 안의 내용을 전혀 표시할 수 없습니다.",
    keyQuestion: "키를 어디에 보관할까요?",
    keyInKeyring: "시스템 키링 (권장: 기억할 것이 없습니다)",
    keyInKeyringUnavailable: "시스템 키링 (이 시스템에서는 연결할 수 없음)",
    keyBehindPassphrase: "직접 정한 암호 문구 (잊어버리면 보관함을 열 수 없습니다)",
    passphrase: "암호 문구",
    repeat: "다시 입력",
    hint: "10자 이상. 여는 데 1초 정도 걸리며, 그래서 추측하기가 느려집니다.",
    create: "보관함 만들기",
    unlock: "잠금 해제",
    working: "처리 중…",
  },
  time: {
    kept: "직접 삭제할 때까지 보관",
    beingDeleted: "삭제하는 중",
    deletedInMinutes: (n: number) => plural("ko", n, { other: "#분 후 삭제" }),
    deletedInHours: (n: number) => plural("ko", n, { other: "#시간 후 삭제" }),
    deletedInDays: (n: number) => plural("ko", n, { other: "#일 후 삭제" }),
    nothing: "없음",
    originals: (n: number) => plural("ko", n, { other: "원본 #개" }),
    outputs: (n: number) => plural("ko", n, { other: "생성된 이미지 #개" }),
    thumbnails: (n: number) => plural("ko", n, { other: "썸네일 #개" }),
    logFiles: (n: number) => plural("ko", n, { other: "로그 파일 #개" }),
    ledgerEntries: (n: number) => plural("ko", n, { other: "전송 기록 항목 #개" }),
  },
} satisfies typeof en;
