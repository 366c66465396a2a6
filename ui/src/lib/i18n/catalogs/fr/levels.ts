import type en from "../en/levels";
import { plural } from "../../plural";

// French puts a no-break space before ":", ";", "?", "!" and "%" and inside « » (written \u00a0 here).
export default {
  title: "Ce qui sera envoyé de chaque image de référence",
  floor: "La position, les données d’appareil photo et les autres métadonnées sont toujours supprimées.",
  subject: "Le sujet uniquement",
  subjectHint: "Recadre chaque référence sur la personne qui y figure (de la tête à la taille, avec une marge).",
  bystanders: "Masquer le visage des autres personnes",
  bystandersHint:
    "Pixellise chaque visage autre que celui du sujet, jusqu’à ce qu’aucun détecteur de visages ne le trouve plus.",
  background: "Remplacer l’arrière-plan",
  backgroundHint: "Tout ce qui n’est pas la personne devient gris neutre.",
  facesHidden: (n: number) =>
    plural("fr", n, { one: "#\u00a0autre visage masqué", other: "#\u00a0autres visages masqués" }),
  backgroundReplaced: "arrière-plan remplacé",
  share: (percent: string) => `${percent} des pixels quittent l’appareil`,
  original: "Image d’origine",
  asSent: "Telle qu’envoyée",
  defaultsColumn: "Ce qui part par défaut",
  eachTitle: "Chaque image de référence",
  refLabel: (name: string) => `Ce qui sera envoyé de ${name}`,
  chooseSubject: "Choisir le sujet…",
  subjectAuto: "Sujet\u00a0: le plus grand visage, trouvé sur cet appareil",
  subjectChosen: "Sujet\u00a0: choisi par vous",
  partTitle: "Ce qui sera envoyé de la partie",
  chooseHidden: "Masquer ou montrer des visages…",
  byHand: "Zones masquées modifiées à la main",
  regionsHidden: (n: number) =>
    plural("fr", n, { one: "#\u00a0zone masquée à la main", other: "#\u00a0zones masquées à la main" }),
  picker: {
    title: "Choisir le sujet",
    finding: "Recherche des personnes sur cet appareil…",
    people: (n: number) =>
      plural("fr", n, {
        one: "#\u00a0personne trouvée sur cet appareil\u00a0: cliquez dessus pour en faire le sujet.",
        other: "#\u00a0personnes trouvées sur cet appareil\u00a0: cliquez sur celle qui est le sujet.",
      }),
    none: "Aucune personne trouvée\u00a0: tracez un cadre autour du sujet.",
    drawHint: "Ou faites glisser sur la photo pour tracer un cadre.",
    person: (n: string) => `Personne ${n}`,
    automatic: "Le trouver automatiquement",
    keysHint:
      "La photo\u00a0: Entrée y place un cadre, les flèches le déplacent, Maj avec les flèches le redimensionne.",
    modeSubject: "Le sujet",
    modeHide: "Ce qui est masqué",
    hideHint:
      "Les visages en rouge sont masqués. Cliquez sur un visage pour le laisser visible, ou faites glisser sur autre chose pour le masquer aussi.",
    personHidden: (n: string) => `Personne ${n}\u00a0: masquée`,
    personShown: (n: string) => `Personne ${n}\u00a0: laissée visible`,
    removeRegion: "Retirer cette zone masquée",
    done: "Terminé",
    use: "Utiliser ce sujet",
  },
} satisfies typeof en;
