import type en from "../en/models";
import { plural } from "../../plural";

// French puts a no-break space before ":", ";" and "?" and inside « » (written \u00a0 here).
export default {
  title: "Modèles",
  intro:
    "Ce que chaque modèle accepte détermine ce que propose «\u00a0Créer\u00a0». Ajoutez un modèle qu’un fournisseur a sorti après cette version, avec ses limites.",
  builtIn: "Modèles intégrés",
  yours: "Vos modèles",
  none: "Aucun pour l’instant.",
  provider: "Fournisseur",
  model: "Modèle",
  accepts: "Accepte",
  references: (n: number) =>
    plural("fr", n, { one: "jusqu’à #\u00a0image de référence", other: "jusqu’à #\u00a0images de référence" }),
  textOnly: "texte uniquement",
  imageSizes: (tiers: string) => `tailles d’image ${tiers}`,
  fidelity: "fidélité d’entrée",
  defaultModel: "par défaut",
  remove: "Supprimer",
  removeLabel: (id: string) => `Supprimer ${id}`,
  add: "Ajouter un modèle",
  id: "Identifiant du modèle",
  idPlaceholder: "p.\u00a0ex. gemini-nano-banana-2.1",
  maxReferences: "Nombre maximal d’images de référence par requête",
  edits: "Retouche des images (accepte des images de référence)",
  tiers: "Paliers de taille d’image",
  inputFidelity: "Accepte la fidélité d’entrée",
  sizesNote: "Ses tailles suivent celles des autres modèles du fournisseur.",
  added: (id: string) => `${id} ajouté.`,
  other: "Autre modèle…",
  otherLabel: "Identifiant du modèle",
  tier: "Résolution",
  tierDefault: "Par défaut du modèle",
  keepDetails: "Conserver les visages et les détails des références",
  keepDetailsHint:
    "Demande au modèle de suivre plus fidèlement les images de référence (fidélité d’entrée d’OpenAI\u00a0: élevée).",
  tooManyRefs: (model: string, n: number) =>
    plural("fr", n, {
      one: `${model} accepte au plus #\u00a0image de référence.`,
      other: `${model} accepte au plus #\u00a0images de référence.`,
    }),
  noRefs: (model: string) =>
    `${model} crée des images à partir du texte seul\u00a0; il n’accepte aucune image de référence.`,
  unknown: (model: string) =>
    `${model} ne figure pas dans le catalogue des modèles\u00a0: les limites générales du fournisseur s’appliquent. Ajoutez-le dans Paramètres → Modèles pour définir les siennes.`,
} satisfies typeof en;
