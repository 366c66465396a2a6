import type en from "../en/errors";

// One sentence per error code; see en/errors.ts.
export default {
  invalid_config: "设置有误，因此未被采用。",
  data_dir: "Seed Studio 无法使用它的数据文件夹。",
  already_running: "Seed Studio 正在另一个窗口或命令中处理这些数据。请等它完成后再试。",
  keyring_unavailable: "无法访问系统密钥环。",
  no_vault: "还没有保险库。请先在“图库”中设置一个。",
  locked: "保险库已锁定。请用它的密码短语解锁。",
  app_locked: "Seed Studio 已锁定。",
  integrity_error: "存储的数据未通过完整性检查，因此未被使用。",
  invalid_input: "无法按原样使用该内容。",
  consent_required: "你尚未允许向此服务商发送内容。",
  offline: "离线模式已开启，因此没有发送任何内容。",
  missing_api_key: "此服务商还没有 API 密钥。请在“设置”中添加。",
  provider_error: "服务商无法完成此操作。",
  cancelled: "已取消。",
  no_face: "照片中没有找到人脸。",
  face_too_small: "这张照片中的人脸太小：请靠近一些拍摄，或将照片裁剪到头部和肩部。",
  multiple_faces: "照片中有不止一张人脸。",
  face_cut_off: "人脸被照片边缘截断了。",
  mask_empty: "没有涂抹任何内容：请涂抹图像中要修改的部分。",
  mask_mismatch: "蒙版与图像的尺寸不一致。",
  mask_covers_image: "蒙版覆盖了整张图像，因此整张图像都会被发送。",
  internal: "Seed Studio 内部出了问题。",
  unknown: "出了点问题。",
  detailLabel: "详细信息",
} satisfies typeof en;
