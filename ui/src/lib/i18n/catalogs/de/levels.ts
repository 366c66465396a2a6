import type en from "../en/levels";
import { plural } from "../../plural";

export default {
  title: "Was von den Referenzbildern gesendet wird",
  floor: "Standort, Kameradaten und andere Metadaten werden immer entfernt.",
  subject: "Nur das Motiv",
  subjectHint: "Schneidet jedes Referenzbild auf die Person darin zu (vom Kopf bis zur Taille, mit Rand).",
  bystanders: "Gesichter anderer Personen verbergen",
  bystandersHint: "Verpixelt jedes Gesicht außer dem des Motivs, bis kein Gesichtsdetektor es mehr findet.",
  background: "Hintergrund ersetzen",
  backgroundHint: "Alles außer der Person wird neutral grau.",
  facesHidden: (n: number) =>
    plural("de", n, { one: "# weiteres Gesicht verborgen", other: "# weitere Gesichter verborgen" }),
  backgroundReplaced: "Hintergrund ersetzt",
  share: (percent: string) => `${percent} der Pixel verlassen das Gerät`,
  original: "Originalbild",
  asSent: "So wird es gesendet",
  defaultsColumn: "Was standardmäßig gesendet wird",
} satisfies typeof en;
