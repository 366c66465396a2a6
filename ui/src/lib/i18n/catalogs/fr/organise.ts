import type en from "../en/organise";
import { plural } from "../../plural";

// French puts a no-break space before ":", ";" and "?" and inside « » (written \u00a0 here).
export default {
  star: "Ajouter une étoile",
  unstar: "Retirer l’étoile",
  starred: "Avec étoile",
  starredOnly: "Avec étoile uniquement",
  starredNote: (deletion: string) => `Étoile ajoutée. Une étoile ne conserve pas l’image\u00a0: ${deletion}.`,
  keepMonth: "Garder 30\u00a0jours de plus",
  boards: {
    title: "Tableaux",
    all: "Toutes les images",
    count: (count: number) => plural("fr", count, { one: "#\u00a0image", other: "#\u00a0images" }),
    newLabel: "Nom du nouveau tableau",
    newPlaceholder: "Nouveau tableau…",
    create: "Créer",
    rename: "Renommer",
    renameLabel: "Nom du tableau",
    save: "Enregistrer",
    cancel: "Annuler",
    deleteAsk: "Supprimer le tableau…",
    confirmDelete: (name: string) =>
      `Supprimer le tableau «\u00a0${name}\u00a0»\u00a0? Ses images restent dans le coffre-fort.`,
    delete: "Supprimer le tableau",
    dropHint: "Faites glisser des images sur un tableau pour les y ajouter.",
    onBoards: "Dans les tableaux",
    none: "Aucun tableau pour l’instant\u00a0: créez-en un dans la liste des tableaux de la Galerie.",
    added: (count: number, name: string) =>
      plural("fr", count, {
        one: `#\u00a0image ajoutée à «\u00a0${name}\u00a0».`,
        other: `#\u00a0images ajoutées à «\u00a0${name}\u00a0».`,
      }),
    removeFromBoard: "Retirer de ce tableau",
    addSelected: "Ajouter à un tableau",
    chooseBoard: "Choisir un tableau…",
    emptyTitle: "Ce tableau est vide",
    empty:
      "Faites-y glisser des images depuis «\u00a0Toutes les images\u00a0», ou ajoutez-les depuis les détails d’une image.",
  },
  again: {
    useAgain: "Réutiliser",
    useAgainHint:
      "Ouvre «\u00a0Créer\u00a0» avec le prompt, le fournisseur, le modèle, la taille et les références de cette image.",
    variation: "Variante",
    variationHint: "Renvoie la même requête comme nouvelle tâche.",
    filled: "Rempli à partir d’une tâche précédente. Modifiez ce que vous voulez avant l’envoi.",
    gone: (count: number) =>
      plural("fr", count, {
        one: "#\u00a0image de référence a été supprimée entre-temps (durée de conservation écoulée)\u00a0; choisissez-en une autre si besoin.",
        other:
          "#\u00a0images de référence ont été supprimées entre-temps (durée de conservation écoulée)\u00a0; choisissez-en d’autres si besoin.",
      }),
  },
  compare: {
    button: "Comparer",
    buttonHint: "Sélectionnez deux images pour les comparer.",
    beforeAfter: "Avant et après",
    title: "Comparaison",
    mode: "Mode de comparaison",
    split: "Séparation",
    sideBySide: "Côte à côte",
    zoomIn: "Zoom avant",
    zoomOut: "Zoom arrière",
    fit: "Ajuster",
    stageLabel:
      "Les deux images\u00a0: faites défiler ou appuyez sur + et − pour zoomer, faites glisser ou utilisez les flèches pour vous déplacer",
    splitLabel: "Position de la séparation",
  },
  library: {
    title: "Bibliothèque de prompts",
    intro: "Les prompts enregistrés et ceux que vous avez utilisés restent chiffrés sur cet appareil.",
    saveLabel: "Nom de ce prompt",
    savePlaceholder: "Nom…",
    save: "Enregistrer le prompt",
    saved: (name: string) => `«\u00a0${name}\u00a0» enregistré.`,
    searchLabel: "Rechercher dans les prompts enregistrés",
    searchPlaceholder: "Rechercher un prompt enregistré…",
    insert: "Insérer",
    delete: "Supprimer",
    empty: "Aucun prompt enregistré pour l’instant. Écrivez un prompt, nommez-le et enregistrez-le.",
    noMatch: "Aucun prompt enregistré ne correspond.",
    historyTitle: "Utilisés récemment",
    historyNote: "Conservés aussi longtemps que les images qu’ils ont produites (30\u00a0jours par défaut).",
    historyEmpty: "Les prompts que vous envoyez apparaissent ici.",
    clear: "Effacer l’historique…",
    confirmClear: "Supprimer tous les prompts de l’historique\u00a0?",
    clearYes: "Tout supprimer",
    keep: "Garder",
  },
  privacy: {
    prompts: "Prompts enregistrés",
    history: "Prompts utilisés (historique)",
  },
} satisfies typeof en;
