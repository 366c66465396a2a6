import type en from "../en/errors";

// One sentence per error code; see en/errors.ts.
export default {
  invalid_config: "설정에 오류가 있어 적용하지 않았습니다.",
  data_dir: "Seed Studio가 데이터 폴더를 사용할 수 없습니다.",
  already_running: "Seed Studio가 다른 창이나 명령에서 이 데이터를 사용하고 있습니다. 끝난 뒤 다시 시도하세요.",
  keyring_unavailable: "시스템 키링에 연결할 수 없습니다.",
  no_vault: "아직 보관함이 없습니다. 먼저 갤러리에서 보관함을 설정하세요.",
  locked: "보관함이 잠겨 있습니다. 암호 문구로 잠금을 해제하세요.",
  app_locked: "Seed Studio가 잠겨 있습니다.",
  integrity_error: "저장된 데이터가 무결성 검사를 통과하지 못해 사용하지 않았습니다.",
  invalid_input: "그대로는 사용할 수 없습니다.",
  consent_required: "이 제공업체로 보내는 것을 아직 허용하지 않았습니다.",
  offline: "오프라인 모드가 켜져 있어 아무것도 보내지 않았습니다.",
  missing_api_key: "이 제공업체의 API 키가 아직 없습니다. 설정에서 추가하세요.",
  provider_error: "제공업체가 이 요청을 처리하지 못했습니다.",
  cancelled: "취소했습니다.",
  no_face: "사진에서 얼굴을 찾지 못했습니다.",
  face_too_small: "이 사진에서는 얼굴이 너무 작습니다. 더 가까이에서 찍거나 머리와 어깨만 나오게 잘라 주세요.",
  multiple_faces: "사진에 얼굴이 둘 이상 있습니다.",
  face_cut_off: "얼굴이 사진 가장자리에서 잘렸습니다.",
  mask_empty: "칠한 부분이 없습니다. 이미지에서 바꿀 부분을 칠하세요.",
  mask_mismatch: "마스크 크기가 이미지 크기와 다릅니다.",
  mask_covers_image: "마스크가 이미지 전체를 덮고 있어 이대로라면 이미지 전체가 전송됩니다.",
  internal: "Seed Studio 내부에서 문제가 발생했습니다.",
  unknown: "문제가 발생했습니다.",
  detailLabel: "자세한 정보",
} satisfies typeof en;
