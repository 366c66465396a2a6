import type en from "../en/common";
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "Abbrechen",
  close: "Schließen",
  save: "Speichern",
  delete: "Löschen",
  retry: "Erneut versuchen",
  open: "Öffnen",
  back: "Zurück",
  loading: "Wird geladen…",
  images: (n: number) => plural("de", n, { one: "# Bild", other: "# Bilder" }),
} satisfies typeof en;
