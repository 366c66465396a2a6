import type en from "../en/errors";

// One sentence per error code; see en/errors.ts.
export default {
  invalid_config: "Los ajustes tienen un error, así que no se han aplicado.",
  data_dir: "Seed Studio no puede usar su carpeta de datos.",
  already_running: "Seed Studio está ocupado con estos datos en otra ventana o comando. Vuelve a intentarlo cuando termine.",
  keyring_unavailable: "No se puede acceder al llavero del sistema.",
  no_vault: "Todavía no hay ninguna bóveda. Configura una primero en la Galería.",
  locked: "La bóveda está bloqueada. Desbloquéala con su frase de contraseña.",
  app_locked: "Seed Studio está bloqueado.",
  integrity_error: "Los datos guardados no superaron la comprobación de integridad y no se han usado.",
  invalid_input: "Eso no se puede usar tal como está.",
  consent_required: "Todavía no has permitido enviar datos a este proveedor.",
  offline: "El modo sin conexión está activado, así que no se ha enviado nada.",
  missing_api_key: "Todavía no hay una clave de API para este proveedor. Añade una en Ajustes.",
  provider_error: "El proveedor no ha podido hacerlo.",
  cancelled: "Cancelado.",
  no_face: "No se ha encontrado ninguna cara en la foto.",
  face_too_small: "La cara es demasiado pequeña en esta foto: hazla más de cerca o recórtala a la cabeza y los hombros.",
  multiple_faces: "Hay más de una cara en la foto.",
  face_cut_off: "El borde de la foto corta la cara.",
  mask_empty: "No hay nada pintado: pinta sobre la parte de la imagen que quieres cambiar.",
  mask_mismatch: "La máscara no tiene el tamaño de la imagen.",
  mask_covers_image: "La máscara cubre toda la imagen, así que se enviaría entera.",
  internal: "Algo ha fallado dentro de Seed Studio.",
  unknown: "Algo ha fallado.",
  detailLabel: "Detalles",
} satisfies typeof en;
