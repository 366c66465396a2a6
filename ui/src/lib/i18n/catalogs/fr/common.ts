import type en from "../en/common";
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "Annuler",
  close: "Fermer",
  save: "Enregistrer",
  delete: "Supprimer",
  retry: "Réessayer",
  open: "Ouvrir",
  back: "Retour",
  loading: "Chargement…",
  // A no-break space keeps the number with its noun (French typography).
  images: (n: number) => plural("fr", n, { one: "#\u00a0image", other: "#\u00a0images" }),
} satisfies typeof en;
