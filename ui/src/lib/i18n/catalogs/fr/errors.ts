import type en from "../en/errors";

// One sentence per error code; see en/errors.ts.
export default {
  invalid_config: "Les paramètres contiennent une erreur : ils n’ont donc pas été appliqués.",
  data_dir: "Seed Studio ne peut pas utiliser son dossier de données.",
  already_running: "Seed Studio utilise déjà ces données dans une autre fenêtre ou commande. Réessayez quand ce sera terminé.",
  keyring_unavailable: "Le trousseau du système est inaccessible.",
  no_vault: "Il n’y a pas encore de coffre-fort. Créez-en un d’abord dans la Galerie.",
  locked: "Le coffre-fort est verrouillé. Déverrouillez-le avec sa phrase secrète.",
  app_locked: "Seed Studio est verrouillé.",
  integrity_error: "Des données enregistrées ont échoué au contrôle d’intégrité et n’ont pas été utilisées.",
  invalid_input: "Ceci ne peut pas être utilisé tel quel.",
  consent_required: "Vous n’avez pas encore autorisé l’envoi à ce fournisseur.",
  offline: "Le mode hors ligne est activé : rien n’a été envoyé.",
  missing_api_key: "Il n’y a pas encore de clé d’API pour ce fournisseur. Ajoutez-en une dans les Paramètres.",
  provider_error: "Le fournisseur n’a pas pu le faire.",
  cancelled: "Annulé.",
  no_face: "Aucun visage n’a été trouvé sur la photo.",
  face_too_small: "Le visage est trop petit sur cette photo : prenez-la de plus près ou recadrez-la sur la tête et les épaules.",
  multiple_faces: "La photo contient plus d’un visage.",
  face_cut_off: "Le visage est coupé par le bord de la photo.",
  mask_empty: "Rien n’est peint\u00a0: peignez la partie de l’image à modifier.",
  mask_mismatch: "Le masque n’a pas la taille de l’image.",
  mask_covers_image: "Le masque couvre toute l’image, donc elle serait envoyée en entier.",
  internal: "Un problème est survenu dans Seed Studio.",
  unknown: "Un problème est survenu.",
  detailLabel: "Détails",
} satisfies typeof en;
