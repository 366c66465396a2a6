import type en from "../en/idphoto";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Pass- und Visumfotos, vollständig auf diesem Gerät erstellt.",
  noVaultTitle: "Richten Sie zuerst Ihren Tresor ein",
  noVaultBody: (gallery: string) =>
    `Wählen Sie ein Porträt und ein Dokument (US-Reisepass, Schengen-Visum, Vereinigtes Königreich, Kanada, Indien, China und 25 weitere). Seed Studio findet das Gesicht, schneidet es nach den amtlichen Vorgaben für Kopfgröße und Augenhöhe zu, ersetzt den Hintergrund und prüft das Ergebnis – ohne Ihr Gesicht irgendwohin hochzuladen. Richten Sie zuerst in der *${gallery}* den Tresor ein.`,

  stepPhoto: "1. Foto",
  importPhotos: "Fotos importieren…",
  importing: "Wird importiert…",
  noPhotos: "Noch keine Fotos. Importieren Sie ein Porträt, aufgenommen vor einer einfarbigen Wand, mit Blick in die Kamera.",
  photoAlt: "Foto",
  pickHint: "Wählen Sie ein Foto für die Vorschau; wählen Sie mehrere, um alle mit denselben Einstellungen zu erstellen.",
  batchWorking: "In Arbeit…",
  batchSaved: "Gespeichert",
  batchSavedWithFails: (n: number) =>
    plural("de", n, { one: "Gespeichert, # Prüfung nicht bestanden", other: "Gespeichert, # Prüfungen nicht bestanden" }),

  stepDocument: "2. Dokument",
  searchPlaceholder: "Nach Land oder Dokument suchen",
  searchLabel: "Dokumente durchsuchen",
  documentLabel: "Dokument",
  noMatch: "Kein Dokument passt zur Suche.",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height} mm bei ${dpi} dpi`,
  summaryHeadHair: (lo: string, hi: string) => `Kopf ${lo}–${hi} mm (Kinn bis Oberkante der Haare)`,
  summaryHeadSkull: (lo: string, hi: string) => `Kopf ${lo}–${hi} mm (Kinn bis Schädeldecke, ohne Haare)`,
  summaryEyes: (lo: string, hi: string) => `Augen ${lo}–${hi} mm über dem unteren Rand`,
  sourceOfficial: (date: string) => `Quelle: die ausstellende Behörde, ${date}.`,
  sourceSecondary: (date: string) => `Quelle: eine Sekundärzusammenstellung, ${date}.`,
  docs: {
    "us-passport": { document: "Reisepass" },
    "us-visa": { document: "Visum (DS-160)" },
    "us-dv-lottery": { document: "Green-Card-Lotterie (Diversity Visa)" },
    "schengen-visa": { country: "Schengen-Raum", document: "Visum (ICAO 35×45)" },
    "de-passport": { document: "Reisepass / Personalausweis" },
    "fr-passport": { document: "Reisepass / Personalausweis" },
    "it-passport": { document: "Reisepass" },
    "at-passport": { document: "Reisepass" },
    "be-passport": { document: "Reisepass / eID" },
    "hr-passport": { document: "Reisepass" },
    "gb-passport": { document: "Reisepass" },
    "ie-passport": { document: "Reisepass" },
    "gr-passport": { document: "Reisepass" },
    "ee-passport": { document: "Reisepass / Personalausweis" },
    "ca-passport": { document: "Reisepass" },
    "ca-visa": { document: "Visum / dauerhafter Aufenthalt (IRCC)" },
    "au-passport": { document: "Reisepass" },
    "in-passport": { document: "Reisepass" },
    "in-evisa": { document: "E-Visum" },
    "cn-passport": { document: "Reisepass" },
    "cn-visa": { document: "Visum" },
    "jp-passport": { document: "Reisepass" },
    "kr-passport": { document: "Reisepass" },
    "br-passport": { document: "Reisepass" },
    "mx-passport": { document: "Reisepass" },
    "co-passport": { document: "Reisepass" },
    "lb-passport": { document: "Reisepass" },
    "sg-passport": { document: "Reisepass" },
    "nz-passport": { document: "Reisepass" },
    "ch-passport": { document: "Reisepass / Identitätskarte" },
    "icao-35x45": { country: "Beliebig (ICAO)", document: "Allgemeines Foto nach ICAO 9303, 35×45 mm" },
  },

  stepLook: "3. Hintergrund und Feineinstellung",
  colours: {
    white: "Weiß",
    lightGrey: "Hellgrau",
    lightBlue: "Hellblau",
    blue: "Blau",
    red: "Rot",
  },
  customColour: "Eigene Farbe",
  keepBackground: "ursprünglichen Hintergrund behalten",
  rejectsReplaced:
    "Die Behörde dieses Dokuments lehnt Fotos mit ersetztem Hintergrund ab: Behalten Sie das Original, aufgenommen vor einer hellen, einfarbigen Wand.",
  headSize: "Kopfgröße",
  upDown: "Hoch / runter (mm)",
  leftRight: "Links / rechts (mm)",
  autoLight: "Belichtung und Weißabgleich behutsam korrigieren",

  preview: "Vorschau",
  previewAlt: "Vorschau, auf das Dokument zugeschnitten",
  previewEmpty: "Wählen Sie ein Foto, um es hier mit Hilfslinien und Prüfbericht zu sehen.",
  legend: (headMm: string, share: string) =>
    `Schattiert: wo der Scheitel (und die Augen) liegen dürfen. Linien: gemessener Scheitel, Augen, Kinn. Kopf ${headMm} mm, ${share} der Höhe.`,
  report: "Prüfbericht",
  status: { pass: "Bestanden:", warn: "Warnung:", fail: "Nicht bestanden:" },
  checks: {
    oneFace: "Genau ein Gesicht, vollständig im Foto",
    headHeight: {
      within: (value: string, lo: string, hi: string) =>
        `Der Kopf (Kinn bis Scheitel) misst ${value} mm, innerhalb der geforderten ${lo}–${hi} mm`,
      below: (value: string, lo: string, hi: string) =>
        `Der Kopf (Kinn bis Scheitel) misst ${value} mm, unter den geforderten ${lo}–${hi} mm`,
      above: (value: string, lo: string, hi: string) =>
        `Der Kopf (Kinn bis Scheitel) misst ${value} mm, über den geforderten ${lo}–${hi} mm`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) =>
        `Die Augenlinie liegt ${value} mm über dem unteren Rand, innerhalb der geforderten ${lo}–${hi} mm`,
      below: (value: string, lo: string, hi: string) =>
        `Die Augenlinie liegt ${value} mm über dem unteren Rand, unter den geforderten ${lo}–${hi} mm`,
      above: (value: string, lo: string, hi: string) =>
        `Die Augenlinie liegt ${value} mm über dem unteren Rand, über den geforderten ${lo}–${hi} mm`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) =>
        `Der Abstand über dem Kopf beträgt ${value} mm, innerhalb der geforderten ${lo}–${hi} mm`,
      below: (value: string, lo: string, hi: string) =>
        `Der Abstand über dem Kopf beträgt ${value} mm, unter den geforderten ${lo}–${hi} mm`,
      above: (value: string, lo: string, hi: string) =>
        `Der Abstand über dem Kopf beträgt ${value} mm, über den geforderten ${lo}–${hi} mm`,
      touches: "Der Scheitel berührt den Rand",
    },
    level: {
      pass: "Die Augen sind im Ergebnis waagerecht",
      fail: (degrees: string) => `Der Kopf ist im Ergebnis noch um ${degrees}° geneigt; verwenden Sie ein Foto mit aufrechtem Kopf`,
    },
    roll: {
      level: "Der Kopf ist gerade",
      levelled: (degrees: string) => `Der Kopf war um ${degrees}° geneigt und wurde gerade ausgerichtet`,
      tooTilted: (degrees: string) =>
        `Der Kopf war um ${degrees}° geneigt; er wurde ausgerichtet, aber ein geraderes Foto wirkt besser`,
    },
    yaw: {
      pass: "Das Gesicht blickt gerade in die Kamera",
      warn: "Das Gesicht ist leicht gedreht; blicken Sie frontal in die Kamera",
      fail: "Das Gesicht ist zur Seite gedreht; blicken Sie in die Kamera",
    },
    eyesOpen: {
      pass: "Beide Augen sind offen",
      warn: "Die Augen wirken halb geschlossen",
      fail: "Die Augen wirken geschlossen",
    },
    mouthClosed: {
      pass: "Der Mund ist geschlossen",
      warn: "Der Mund wirkt leicht geöffnet; behalten Sie einen neutralen Ausdruck",
      fail: "Der Mund ist offen; halten Sie ihn geschlossen",
      smile: "Im Lächeln sind Zähne zu sehen; dieses Dokument akzeptiert ein natürliches Lächeln, aber keinen offenen Mund",
    },
    background: {
      replaced: "Der Hintergrund wurde durch eine einheitliche Farbe ersetzt",
      rejected: "Diese Behörde lehnt Fotos mit ersetztem Hintergrund ab; wählen Sie „ursprünglichen Hintergrund behalten“",
      unmeasured: "Der Hintergrund ließ sich nicht beurteilen (zu wenig sichtbar); prüfen Sie ihn selbst",
      plain: "Der Hintergrund ist einfarbig und hell",
      notQuitePlain: "Der Hintergrund ist nicht ganz einfarbig oder hell; achten Sie auf Schatten und Muster",
      notPlain: "Der Hintergrund ist nicht einfarbig; nutzen Sie eine einfarbige Wand oder ersetzen Sie ihn",
    },
    exposure: {
      unmeasured: "Die Belichtung des Gesichts ließ sich nicht messen",
      even: "Das Gesicht ist gleichmäßig ausgeleuchtet",
      ratherDark: "Das Gesicht ist eher dunkel",
      ratherBright: "Das Gesicht ist eher hell",
      tooDark: "Das Gesicht ist zu dunkel",
      overexposed: "Das Gesicht ist überbelichtet",
    },
    sharpness: {
      pass: "Das Gesicht ist scharf",
      warn: "Das Gesicht wirkt leicht unscharf",
      fail: "Das Gesicht ist verschwommen",
    },
    resolution: {
      pass: "Das Foto ist für diese Größe detailreich genug",
      warn: (factor: string) => `Das Gesicht wurde ${factor}-fach vergrößert; ein näheres oder schärferes Foto wäre besser`,
      fail: (factor: string) => `Das Gesicht wurde ${factor}-fach vergrößert: Das Foto ist zu klein; nehmen Sie es näher auf`,
    },
    coverage: {
      filled: (share: string) => `Ein Teil des Bildausschnitts (${share}) lag außerhalb des Fotos; er wurde mit der Hintergrundfarbe gefüllt`,
      extended: (share: string) => `Ein Teil des Bildausschnitts (${share}) liegt außerhalb des Fotos; seine Ränder wurden erweitert`,
    },
    frameBottom: {
      pass: "Das Foto reicht bis zum unteren Rand des Bildausschnitts",
      fail: (mm: string) =>
        `Das Foto endet ${mm} mm über der Stelle, an der die Schultern sein sollten: Nehmen Sie es aus größerem Abstand auf`,
    },
    frameSides: {
      pass: "Das Foto reicht an den Schultern bis zu den Seiten des Bildausschnitts",
      fail: (mm: string) =>
        `Das Foto endet an den Schultern ${mm} mm innerhalb des seitlichen Rands: Nehmen Sie es aus größerem Abstand auf`,
    },
    hair: {
      pass: "Die Haare liegen innerhalb des Bildausschnitts",
      warn: "Die Haare berühren den oberen Rand des Fotos; mit einem etwas kleineren oder tiefer sitzenden Kopf bleiben sie im Bild",
    },
    backgroundRemnants: {
      pass: "Vom alten Hintergrund ist nichts übrig",
      warn: (area: string) =>
        `Etwa ${area} mm² neben oder über dem Kopf gelten als Teil der Person; falls das der alte Hintergrund ist, entfernen Sie es mit dem Pinsel`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "Retusche (optional)",
    smooth: "Haut glätten",
    brightness: "Helligkeit",
    contrast: "Kontrast",
    showBefore: "Vorher zeigen",
    showAfter: "Nachher zeigen",
    beforeAlt: "Das Foto vor der Retusche",
    rule: "Nur Licht, Kontrast und Hautstruktur ändern sich: Behörden lehnen Fotos ab, deren Gesichtszüge, Form oder Proportionen verändert wurden.",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "Freistellung korrigieren",
    on: "Mit dem Pinsel malen",
    mode: "Pinsel",
    add: "Zur Person hinzufügen",
    remove: "Von der Person entfernen",
    size: "Pinselgröße",
    undo: "Rückgängig",
    clear: "Alle Striche löschen",
    hint: "Ziehen Sie über das Foto: „Zur Person hinzufügen“ holt zurück, was die Freistellung übersehen hat (eine Haarsträhne, ein Ohr), „Entfernen“ nimmt ein Stück des alten Hintergrunds weg. Strg+Z macht den letzten Strich rückgängig.",
    count: (n: number) => plural("de", n, { one: "# Pinselstrich; das Foto wurde damit neu erstellt", other: "# Pinselstriche; das Foto wurde damit neu erstellt" }),
    areaLabel: "Das Foto: ziehen, um die Freistellung zu malen",
  },

  stepSave: "4. Speichern",
  printSheet: "Druckbogen",
  noSheet: "Kein Druckbogen",
  digitalUnder: "Digitale Datei unter (KB)",
  digitalNone: "keine",
  digitalOn: (size: string) => `Zusätzlich wird ein JPEG mit höchstens ${size} gespeichert.`,
  digitalOff: "Keine größenbegrenzte Datei: Geben Sie eine Grenze ein, um eine zu erstellen.",
  digitalSpec: (size: string) => `Das Online-Formular für dieses Dokument nimmt Dateien bis ${size} an.`,
  saveButton: (n: number) =>
    n > 1
      ? plural("de", n, { one: "# Foto im Tresor speichern", other: "# Fotos im Tresor speichern" })
      : "Foto im Tresor speichern",
  saving: (done: number, total: number) => `Speichern: ${formatNumber("de", done)} von ${formatNumber("de", total)}…`,
  saveHint:
    "Das Foto (mit seiner DPI-Angabe), der Druckbogen mit 300 dpi und die größenbegrenzte Datei kommen verschlüsselt in die Galerie und werden 30 Tage aufbewahrt. Ein Foto, das eine Prüfung nicht besteht, lässt sich trotzdem speichern; sein Name weist darauf hin.",
  saved: (made: number, total: number) =>
    `Passfotos in der Galerie gespeichert: ${formatNumber("de", made)} von ${formatNumber("de", total)}. Die fertig bearbeiteten Ausgangsfotos wurden gelöscht.`,
  savedWithSheets: (made: number, total: number) =>
    `Passfotos mit Druckbögen in der Galerie gespeichert: ${formatNumber("de", made)} von ${formatNumber("de", total)}. Die fertig bearbeiteten Ausgangsfotos wurden gelöscht.`,
} satisfies typeof en;
