import type en from "../en/models";
import { plural } from "../../plural";

export default {
  title: "Modelle",
  intro:
    "Was ein Modell akzeptiert, bestimmt, was „Erstellen“ anbietet. Ein Modell, das ein Anbieter nach dieser Version veröffentlicht hat, können Sie hier mit seinen Grenzen hinzufügen.",
  builtIn: "Integrierte Modelle",
  yours: "Ihre Modelle",
  none: "Noch keine.",
  provider: "Anbieter",
  model: "Modell",
  accepts: "Akzeptiert",
  references: (n: number) => plural("de", n, { one: "bis zu # Referenzbild", other: "bis zu # Referenzbilder" }),
  textOnly: "nur Text",
  imageSizes: (tiers: string) => `Bildgrößen ${tiers}`,
  fidelity: "Eingabetreue",
  defaultModel: "Standard",
  remove: "Entfernen",
  removeLabel: (id: string) => `${id} entfernen`,
  add: "Modell hinzufügen",
  id: "Modell-ID",
  idPlaceholder: "z. B. gemini-nano-banana-2.1",
  maxReferences: "Höchstzahl an Referenzbildern pro Anfrage",
  edits: "Bearbeitet Bilder (nimmt Referenzbilder an)",
  tiers: "Bildgrößenstufen",
  inputFidelity: "Unterstützt Eingabetreue",
  sizesNote: "Seine Bildgrößen entsprechen denen der anderen Modelle des Anbieters.",
  added: (id: string) => `${id} hinzugefügt.`,
  other: "Anderes Modell…",
  otherLabel: "Modell-ID",
  tier: "Auflösung",
  tierDefault: "Standard des Modells",
  keepDetails: "Gesichter und Details der Referenzbilder beibehalten",
  keepDetailsHint: "Bittet das Modell, sich enger an die Referenzbilder zu halten (OpenAI-Eingabetreue: hoch).",
  tooManyRefs: (model: string, n: number) =>
    plural("de", n, {
      one: `${model} nimmt höchstens # Referenzbild an.`,
      other: `${model} nimmt höchstens # Referenzbilder an.`,
    }),
  noRefs: (model: string) => `${model} erzeugt Bilder nur aus Text; es nimmt keine Referenzbilder an.`,
  unknown: (model: string) =>
    `${model} ist nicht im Modellkatalog: Es gelten die allgemeinen Grenzen des Anbieters. Fügen Sie es unter Einstellungen → Modelle hinzu, um eigene festzulegen.`,
} satisfies typeof en;
