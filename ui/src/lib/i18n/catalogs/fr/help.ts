import type en from "../en/help";

// French puts a no-break space before ":", ";" and "?" and inside « » (written \u00a0 here).
export default {
  improve: "Améliorer le prompt",
  improveHint:
    "Un modèle de texte réécrit votre prompt de façon détaillée\u00a0; vous comparez les deux avant que quoi que ce soit ne change.",
  textModel: "Modèle de texte",
  expand: "Développer sur cet appareil",
  expandHint: "Ajoute composition, éclairage, couleurs et détails à une idée courte, en anglais, sans réseau.",
  waiting: (provider: string) => `En attente de ${provider}…`,
  stopWaiting: "Ne plus attendre",

  compare: "Votre prompt et la suggestion",
  yours: "Votre prompt",
  suggestedBy: (provider: string) => `Suggéré par ${provider}`,
  expanded: "Développé sur cet appareil",
  useNew: "Utiliser le nouveau prompt",
  keepMine: "Garder le mien",

  sendsText: (provider: string) => `Seul le texte de votre prompt est envoyé à ${provider}\u00a0; aucune image.`,
  sendsImage: (provider: string) =>
    `Seule une copie réduite de cette image est envoyée à ${provider} (sans métadonnées, en taille réduite)\u00a0; ni le prompt ni d’autres images.`,
  consentNeeded: (provider: string) => `Vous n’avez pas encore autorisé l’envoi à ${provider}.`,
  consentBody:
    "L’autoriser donne le même consentement que celui que demande «\u00a0Créer\u00a0» avant un envoi, et vous pouvez le retirer à tout moment sur la page Confidentialité. Chaque requête figure dans le registre des envois.",
  allow: "Autoriser et demander",
  offlineExpand:
    "Les préréglages peuvent toujours développer votre idée en un prompt complet sur cet appareil, sans réseau.",
  offlineDescribe:
    "Décrire une image nécessite un fournisseur\u00a0: désactivez le mode hors ligne dans les Paramètres pour en interroger un.",
  missingKey: (provider: string, shortcut: string) =>
    `Ajoutez une clé d’API pour ${provider} dans les Paramètres (${shortcut}), ou choisissez l’autre modèle de texte.`,

  describe: "Décrire cette image",
  describeHint: "Un modèle de texte écrit le prompt qui recréerait cette image.",
  described: (provider: string) => `Prompt suggéré par ${provider}`,
  copy: "Copier",
  copied: "Copié.",
  useInCreate: "Utiliser dans «\u00a0Créer\u00a0»",
} satisfies typeof en;
