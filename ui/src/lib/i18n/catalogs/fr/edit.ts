import type en from "../en/edit";

// French puts a no-break space before ":", ";" and "?" (written \u00a0 here).
export default {
  open: "Modifier une zone…",
  title: "Modifier une zone",
  intro:
    "Peignez ce qu’il faut changer. Seule cette partie, avec une marge de contexte autour, est envoyée\u00a0; la réponse est replacée dans l’image complète sur cet ordinateur, et tous les autres pixels restent tels quels.",
  prompt: "Ce qu’il faut y changer",
  promptPlaceholder: "p.\u00a0ex. un vélo rouge appuyé contre le mur",
  provider: "Fournisseur",
  margin: "Contexte autour de la partie peinte",
  marginValue: (percent: string) => `${percent} de sa taille de chaque côté`,
  wholeImage: "Envoyer l’image entière",
  wholeImageHint:
    "Certaines retouches ont besoin de voir toute l’image (pour en respecter la lumière ou le style). Le masque décide toujours de ce qui change, mais toute la photo quitte cet ordinateur.",
  preview: "Voir ce qui sera envoyé",
  share: (percent: string) => `Part envoyée\u00a0: ${percent} de la photo. Le reste ne quitte pas cet ordinateur.`,
  partAlt: "La partie de la photo qui sera envoyée",
  maskAlt: "Le masque envoyé avec elle (sa forme uniquement)",
  coversAll:
    "Le masque couvre toute l’image, donc l’image entière serait envoyée. L’envoyer quand même, ou peindre moins\u00a0?",
  sendWhole: "Envoyer l’image entière",
  paintLess: "Peindre moins",
  queued:
    "La retouche est en route. Le résultat apparaîtra dans la galerie, à côté de l’original, dès son retour.",
  paintFirst: "Peignez d’abord la partie à modifier.",
  sourceGone: "L’image sur laquelle cette retouche a été faite a été supprimée\u00a0; impossible de la refaire.",
} satisfies typeof en;
