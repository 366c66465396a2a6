import type en from "../en/tasks";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "모든 생성 작업과 진행 상황을 보여 줍니다. 취소, 재시도하거나 ID를 복사할 수 있습니다.",
  empty: {
    title: "아직 작업이 없습니다",
    before: "",
    after:
      "에서 이미지를 생성하면 작업이 진행 상황(대기, 준비, 전송, 수신, 완료)과 함께 여기에 표시됩니다. 취소하거나 재시도할 수 있고, ID를 복사해 조회할 수도 있습니다.",
  },
  status: {
    queued: "대기 중",
    preparing: "참조 이미지 준비 중",
    sending: "전송 중",
    waiting: "제공업체 처리 중",
    receiving: "결과 수신 중",
    succeeded: "완료",
    failed: "실패",
    cancelled: "취소됨",
  },
  kind: {
    generate: "새 이미지",
    edit: "편집한 이미지",
    idphoto: "증명사진",
    video: "동영상",
  },
  onDevice: "이 기기에서",
  copyId: "작업 ID 복사",
  progress: "진행 상황",
  stored: (done: number, total: number) =>
    plural("ko", total, { other: `이미지 ${formatNumber("ko", done)}/#장 저장됨` }),
  results: (count: number) => plural("ko", count, { other: "이미지 #장" }),
  resultAlt: "결과",
  reasons: {
    cancelledByYou: "사용자가 취소했습니다.",
    interrupted: "중단됨: 작업이 끝나기 전에 Seed Studio가 종료되었습니다. 다시 실행하려면 재시도하세요.",
    unfinishedAtBackup: "백업할 때 아직 끝나지 않은 작업이었습니다.",
  },
  cancel: "취소",
  retry: "재시도",
  discard: "폐기",
  discardHint: "포기합니다. 참조 이미지가 지금 삭제됩니다",
  keptForRetry: (count: number) =>
    plural("ko", count, {
      other: "재시도를 위해 참조 이미지 #장을 보관합니다. 가져온 뒤 최대 24시간까지입니다.",
    }),
} satisfies typeof en;
