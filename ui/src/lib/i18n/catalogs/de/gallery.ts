import type en from "../en/gallery";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (value: number): string => formatNumber("de", value);

export default {
  subtitle: "Alles, was Sie importieren und erstellen – verschlüsselt auf diesem Gerät und auch offline einsehbar.",
  opening: "Tresor wird geöffnet…",
  cannotOpen: "Der Tresor kann nicht geöffnet werden.",
  dropHint: "Fotos hier ablegen, um sie zu importieren",
  importButton: "Fotos importieren…",
  searchLabel: "Suchen",
  searchPlaceholder: "Namen und Tags durchsuchen…",
  filters: {
    show: "Anzeigen",
    allImages: "Alle Bilder",
    originals: "Importierte Fotos",
    outputs: "Erzeugte Bilder",
    videos: "Alle Videos",
    added: "Hinzugefügt",
    anyTime: "Beliebiger Zeitraum",
    lastDay: "Letzte 24 Stunden",
    lastWeek: "Letzte 7 Tage",
    lastMonth: "Letzte 30 Tage",
    provider: "Anbieter",
    anyProvider: "Alle Anbieter",
    taskStatus: "Aufgabenstatus",
    anyTaskStatus: "Jeder Aufgabenstatus",
    sort: "Sortieren",
    newest: "Neueste zuerst",
    oldest: "Älteste zuerst",
    name: "Nach Name",
  },
  select: "Auswählen",
  done: "Fertig",
  selection: {
    label: "Ausgewählte Bilder",
    count: (count: number) => plural("de", count, { other: "# ausgewählt" }),
    selectAll: "Alle auswählen",
    exportCopies: "Kopien exportieren",
    confirmDelete: (count: number) =>
      plural("de", count, {
        one: "# Bild endgültig löschen?",
        other: "# Bilder endgültig löschen?",
      }),
  },
  delete: "Löschen",
  deleteAsk: "Löschen…",
  keep: "Behalten",
  close: "Schließen",
  importing: (done: number, total: number) => `Importiere ${n(done)} von ${n(total)}…`,
  notices: {
    imported: (added: number, duplicates: number) =>
      plural("de", added, { one: "# Foto importiert", other: "# Fotos importiert" }) +
      (duplicates ? `; ${n(duplicates)} bereits im Tresor.` : "."),
    exported: (files: number, path: string) =>
      plural("de", files, {
        one: `Eine entschlüsselte Kopie mit manifest.json nach ${path} exportiert`,
        other: `# entschlüsselte Kopien mit manifest.json nach ${path} exportiert`,
      }),
    keptLonger: (deletion: string) => `Länger behalten: ${deletion}.`,
    deleted: (count: number) =>
      plural("de", count, {
        one: "# Bild samt Vorschaubild gelöscht. Sein Schlüssel ist vernichtet.",
        other: "# Bilder samt Vorschaubildern gelöscht. Ihre Schlüssel sind vernichtet.",
      }),
    watchFailed: (detail: string) => `Ein Foto aus dem überwachten Ordner konnte nicht importiert werden: ${detail}`,
  },
  empty: {
    title: "Noch keine Bilder",
    dropBefore: "Legen Sie Fotos irgendwo auf dieser Seite ab oder wählen Sie ",
    dropAfter: ". Sie werden beim Eintreffen verschlüsselt.",
    retention: "Importierte Originale werden automatisch innerhalb von 24 Stunden gelöscht; von Ihnen erstellte Bilder bleiben 30 Tage.",
    noMatchTitle: "Keine Treffer",
    noMatch: "Kein Bild passt zu dieser Suche. Leeren Sie sie, um alles zu sehen.",
  },
  untitled: "Ohne Titel",
  imageAlt: "Bild",
  detail: {
    label: "Bilddetails",
    kind: "Art",
    original: "Importiertes Foto",
    output: "Erzeugtes Bild",
    size: "Größe",
    added: "Hinzugefügt",
    deletion: "Löschung",
    madeBy: "Erstellt von",
    thisDevice: "Dieses Gerät",
    prompt: "Prompt-Text",
    task: "Aufgabe",
    id: "ID",
    keepBy: "Länger behalten um",
    periods: {
      week: "eine Woche",
      month: "30 Tage",
      quarter: "90 Tage",
      year: "ein Jahr",
    },
    originalNote:
      "Importierte Fotos werden innerhalb von 24 Stunden gelöscht – oder sobald die Aufgabe endet, die sie verwendet.",
    exportCopy: "Kopie exportieren",
    confirmDelete: "Endgültig löschen?",
  },
} satisfies typeof en;
