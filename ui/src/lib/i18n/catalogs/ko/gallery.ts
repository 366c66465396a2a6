import type en from "../en/gallery";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (value: number): string => formatNumber("ko", value);

export default {
  subtitle: "가져온 이미지와 만든 이미지 모두 이 기기에 암호화되어 저장되며, 오프라인에서도 볼 수 있습니다.",
  opening: "보관함을 여는 중…",
  cannotOpen: "보관함을 열 수 없습니다.",
  dropHint: "여기에 사진을 끌어다 놓으면 가져옵니다",
  importButton: "사진 가져오기…",
  searchLabel: "검색",
  searchPlaceholder: "이름과 태그 검색…",
  filters: {
    show: "표시",
    allImages: "모든 이미지",
    originals: "가져온 사진",
    outputs: "생성된 이미지",
    videos: "동영상",
    added: "추가된 시점",
    anyTime: "전체 기간",
    lastDay: "최근 24시간",
    lastWeek: "최근 7일",
    lastMonth: "최근 30일",
    provider: "제공업체",
    anyProvider: "모든 제공업체",
    taskStatus: "작업 상태",
    anyTaskStatus: "모든 작업 상태",
    sort: "정렬",
    newest: "최신순",
    oldest: "오래된순",
    name: "이름순",
  },
  select: "선택",
  done: "완료",
  selection: {
    label: "선택한 이미지",
    count: (count: number) => plural("ko", count, { other: "#개 선택됨" }),
    selectAll: "모두 선택",
    exportCopies: "사본 내보내기",
    confirmDelete: (count: number) => plural("ko", count, { other: "이미지 #개를 영구히 삭제할까요?" }),
  },
  delete: "삭제",
  deleteAsk: "삭제…",
  keep: "유지",
  close: "닫기",
  importing: (done: number, total: number) => `가져오는 중… ${n(done)}/${n(total)}`,
  notices: {
    imported: (added: number, duplicates: number) =>
      plural("ko", added, { other: "사진 #장을 가져왔습니다" }) +
      (duplicates ? `. ${n(duplicates)}장은 이미 보관함에 있습니다.` : "."),
    exported: (files: number, path: string) =>
      plural("ko", files, { other: `복호화된 사본 #개를 manifest.json과 함께 ${path}에 내보냈습니다` }),
    keptLonger: (deletion: string) => `보관 기간을 연장했습니다: ${deletion}.`,
    deleted: (count: number) =>
      plural("ko", count, { other: "이미지 #개를 썸네일까지 삭제했습니다. 키는 파기되었습니다." }),
    watchFailed: (detail: string) => `감시 폴더의 사진을 가져오지 못했습니다: ${detail}`,
  },
  empty: {
    title: "아직 이미지가 없습니다",
    dropBefore: "이 페이지 아무 곳에나 사진을 끌어다 놓거나 ",
    dropAfter: "를 선택하세요. 사진은 들어오는 즉시 암호화됩니다.",
    retention: "가져온 원본은 24시간 이내에 자동으로 삭제되고, 만든 이미지는 30일 동안 보관됩니다.",
    noMatchTitle: "일치하는 항목 없음",
    noMatch: "이 검색과 일치하는 이미지가 없습니다. 검색어를 지우면 모두 볼 수 있습니다.",
  },
  untitled: "제목 없음",
  imageAlt: "이미지",
  detail: {
    label: "이미지 정보",
    kind: "종류",
    original: "가져온 사진",
    output: "생성된 이미지",
    size: "크기",
    added: "추가됨",
    deletion: "삭제 예정",
    madeBy: "생성 주체",
    thisDevice: "이 기기",
    prompt: "프롬프트",
    task: "작업",
    id: "ID",
    keepBy: "보관 연장",
    periods: {
      week: "1주",
      month: "30일",
      quarter: "90일",
      year: "1년",
    },
    originalNote: "가져온 사진은 24시간 이내에, 또는 그 사진을 쓰는 작업이 끝나는 즉시 삭제됩니다.",
    exportCopy: "사본 내보내기",
    confirmDelete: "영구히 삭제할까요?",
  },
} satisfies typeof en;
