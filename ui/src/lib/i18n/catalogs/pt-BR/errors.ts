import type en from "../en/errors";

// One sentence per error code; see en/errors.ts.
export default {
  invalid_config: "As configurações têm um erro, então não foram aplicadas.",
  data_dir: "O Seed Studio não consegue usar a pasta de dados.",
  already_running: "O Seed Studio está ocupado com estes dados em outra janela ou comando. Tente de novo quando terminar.",
  keyring_unavailable: "Não foi possível acessar o chaveiro do sistema.",
  no_vault: "Ainda não há um cofre. Configure um primeiro na Galeria.",
  locked: "O cofre está bloqueado. Desbloqueie-o com a frase secreta dele.",
  app_locked: "O Seed Studio está bloqueado.",
  integrity_error: "Os dados armazenados não passaram na verificação de integridade e não foram usados.",
  invalid_input: "Isso não pode ser usado como está.",
  consent_required: "Você ainda não permitiu o envio para este provedor.",
  offline: "O modo offline está ativado, então nada foi enviado.",
  missing_api_key: "Ainda não há uma chave de API para este provedor. Adicione uma em Configurações.",
  provider_error: "O provedor não conseguiu fazer isso.",
  cancelled: "Cancelado.",
  no_face: "Nenhum rosto foi encontrado na foto.",
  face_too_small: "O rosto está pequeno demais nesta foto: tire-a mais de perto ou recorte-a na cabeça e nos ombros.",
  multiple_faces: "Há mais de um rosto na foto.",
  face_cut_off: "O rosto está cortado pela borda da foto.",
  mask_empty: "Nada foi pintado: pinte sobre a parte da imagem que deseja alterar.",
  mask_mismatch: "A máscara não tem o tamanho da imagem.",
  mask_covers_image: "A máscara cobre a imagem inteira, então ela seria enviada por completo.",
  internal: "Algo deu errado dentro do Seed Studio.",
  unknown: "Algo deu errado.",
  detailLabel: "Detalhes",
} satisfies typeof en;
