// One sentence per error code (ui/src/lib/ipc/bindings/Code.ts): what happened, in words a
// person acts on. The core's own message (English) is shown under it as detail.
export default {
  invalid_config: "The settings have a mistake, so they were not used.",
  data_dir: "Seed Studio cannot use its data folder.",
  already_running: "Seed Studio is busy with this data in another window or command. Try again when it is done.",
  keyring_unavailable: "The system keyring cannot be reached.",
  no_vault: "There is no vault yet. Set one up in the Gallery first.",
  locked: "The vault is locked. Unlock it with its passphrase.",
  app_locked: "Seed Studio is locked.",
  integrity_error: "Stored data failed its integrity check and was not used.",
  invalid_input: "That cannot be used as it is.",
  consent_required: "You have not allowed sending to this provider yet.",
  offline: "Offline mode is on, so nothing was sent.",
  missing_api_key: "There is no API key for this provider yet. Add one in Settings.",
  provider_error: "The provider could not do this.",
  cancelled: "Cancelled.",
  no_face: "No face was found in the photo.",
  face_too_small: "The face is too small in this photo: take it closer, or crop it to the head and shoulders.",
  multiple_faces: "More than one face is in the photo.",
  face_cut_off: "The face is cut off by the edge of the photo.",
  mask_empty: "Nothing is painted: paint over the part of the image to change.",
  mask_mismatch: "The mask is not the size of the image.",
  mask_covers_image: "The mask covers the whole image, so all of it would be sent.",
  internal: "Something went wrong inside Seed Studio.",
  /** Shown when the detail line is missing. */
  unknown: "Something went wrong.",
  detailLabel: "Details",
};
