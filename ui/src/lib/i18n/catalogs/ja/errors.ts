import type en from "../en/errors";

// One sentence per error code; see en/errors.ts.
export default {
  invalid_config: "設定に誤りがあるため、適用されませんでした。",
  data_dir: "Seed Studio がデータフォルダーを使用できません。",
  already_running: "Seed Studio は別のウィンドウまたはコマンドでこのデータを使用中です。終わってからもう一度お試しください。",
  keyring_unavailable: "システムのキーリングに接続できません。",
  no_vault: "保管庫がまだありません。先にギャラリーで設定してください。",
  locked: "保管庫がロックされています。パスフレーズでロックを解除してください。",
  app_locked: "Seed Studio はロックされています。",
  integrity_error: "保存されたデータが整合性チェックに合格しなかったため、使用しませんでした。",
  invalid_input: "そのままでは使用できません。",
  consent_required: "このプロバイダーへの送信はまだ許可されていません。",
  offline: "オフラインモードがオンのため、何も送信されていません。",
  missing_api_key: "このプロバイダーの API キーがまだありません。設定で追加してください。",
  provider_error: "プロバイダーはこの処理を実行できませんでした。",
  cancelled: "キャンセルしました。",
  no_face: "写真に顔が見つかりませんでした。",
  face_too_small: "この写真では顔が小さすぎます。もっと近くで撮るか、頭と肩が収まるように切り抜いてください。",
  multiple_faces: "写真に複数の顔が写っています。",
  face_cut_off: "顔が写真の端で切れています。",
  mask_empty: "何も塗られていません。画像の変更したい部分を塗ってください。",
  mask_mismatch: "マスクのサイズが画像と一致しません。",
  mask_covers_image: "マスクが画像全体を覆っているため、画像全体が送信されてしまいます。",
  internal: "Seed Studio の内部で問題が発生しました。",
  unknown: "問題が発生しました。",
  detailLabel: "詳細",
} satisfies typeof en;
