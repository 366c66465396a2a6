import type en from "../en/tasks";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Jede Generierungsaufgabe mit ihrem Fortschritt; abbrechen, wiederholen oder ihre ID kopieren.",
  empty: {
    title: "Noch keine Aufgaben",
    before: "Wenn Sie unter ",
    after:
      " ein Bild erzeugen, erscheint die Aufgabe hier mit ihrem Fortschritt: in der Warteschlange, Vorbereitung, Senden, Empfangen, fertig. Sie können sie abbrechen oder wiederholen und ihre ID kopieren, um sie nachzuschlagen.",
  },
  status: {
    queued: "In der Warteschlange",
    preparing: "Referenzen werden vorbereitet",
    sending: "Wird gesendet",
    waiting: "Anbieter arbeitet",
    receiving: "Ergebnisse werden empfangen",
    succeeded: "Fertig",
    failed: "Fehlgeschlagen",
    cancelled: "Abgebrochen",
  },
  kind: {
    generate: "Neues Bild",
    edit: "Bearbeitetes Bild",
    idphoto: "Passfoto",
    video: "Neues Video",
  },
  onDevice: "Auf diesem Gerät",
  copyId: "Aufgaben-ID kopieren",
  progress: "Fortschritt",
  stored: (done: number, total: number) =>
    plural("de", total, {
      one: `${formatNumber("de", done)} von # Bild gespeichert`,
      other: `${formatNumber("de", done)} von # Bildern gespeichert`,
    }),
  results: (count: number) => plural("de", count, { one: "# Bild", other: "# Bilder" }),
  resultAlt: "Ergebnis",
  reasons: {
    cancelledByYou: "Von Ihnen abgebrochen.",
    interrupted:
      "Unterbrochen: Seed Studio wurde beendet, bevor die Aufgabe fertig war. Wiederholen Sie sie, um sie erneut auszuführen.",
    unfinishedAtBackup: "Sie war beim Erstellen der Sicherung noch nicht fertig.",
  },
  cancel: "Abbrechen",
  retry: "Wiederholen",
  discard: "Verwerfen",
  discardHint: "Aufgeben: ihre Referenzbilder werden jetzt gelöscht",
  keptForRetry: (count: number) =>
    plural("de", count, {
      one: "Ihr Referenzbild wird für eine Wiederholung aufbewahrt, höchstens 24 Stunden nach dem Import.",
      other: "Ihre # Referenzbilder werden für eine Wiederholung aufbewahrt, höchstens 24 Stunden nach dem Import.",
    }),
} satisfies typeof en;
