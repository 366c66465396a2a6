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
  eachTitle: "Jede Referenz",
  refLabel: (name: string) => `Was von ${name} gesendet wird`,
  chooseSubject: "Motiv wählen…",
  subjectAuto: "Motiv: das größte Gesicht, auf diesem Gerät gefunden",
  subjectChosen: "Motiv: von Ihnen gewählt",
  partTitle: "Was vom Ausschnitt gesendet wird",
  chooseHidden: "Gesichter verbergen oder zeigen…",
  byHand: "Verborgene Bereiche von Hand geändert",
  regionsHidden: (n: number) =>
    plural("de", n, { one: "# Bereich von Hand verborgen", other: "# Bereiche von Hand verborgen" }),
  picker: {
    title: "Motiv wählen",
    finding: "Personen werden auf diesem Gerät gesucht…",
    people: (n: number) =>
      plural("de", n, {
        one: "# Person auf diesem Gerät gefunden: klicken Sie sie an, um sie zum Motiv zu machen.",
        other: "# Personen auf diesem Gerät gefunden: klicken Sie die Person an, die das Motiv ist.",
      }),
    none: "Keine Person gefunden: Ziehen Sie einen Rahmen um das Motiv.",
    drawHint: "Oder ziehen Sie auf dem Foto einen Rahmen auf.",
    person: (n: string) => `Person Nr. ${n}`,
    automatic: "Automatisch finden",
    keysHint:
      "Das Foto: Eingabe setzt einen Rahmen darauf, die Pfeiltasten verschieben ihn, Umschalt mit den Pfeiltasten ändert seine Größe.",
    modeSubject: "Das Motiv",
    modeHide: "Was verborgen wird",
    hideHint:
      "Rot markierte Gesichter werden verborgen. Klicken Sie auf ein Gesicht, um es sichtbar zu lassen, oder ziehen Sie über etwas anderes, um es ebenfalls zu verbergen.",
    personHidden: (n: string) => `Person Nr. ${n}: verborgen`,
    personShown: (n: string) => `Person Nr. ${n}: bleibt sichtbar`,
    removeRegion: "Diesen verborgenen Bereich entfernen",
    done: "Fertig",
    use: "Dieses Motiv verwenden",
  },
} satisfies typeof en;
