import type en from "../en/create";
import { plural } from "../../plural";

export default {
  subtitle: "Générez et retouchez des images avec le fournisseur d’IA de votre choix.",

  noVault: {
    title: "Configurez d’abord votre coffre-fort",
    intro:
      "«\u00a0Créer\u00a0» envoie un prompt et, si vous en choisissez, des copies réduites de photos de référence au fournisseur d’IA de votre choix, puis enregistre les résultats dans votre coffre-fort chiffré.",
    setUp: { before: "Configurez le coffre-fort dans la ", after: ", puis revenez ici." },
    decide:
      "Avant que quoi que ce soit ne quitte cet appareil, vous verrez exactement ce qui serait envoyé — sans métadonnées, en taille réduite — et vous déciderez.",
  },

  presetsTitle: "Partir d’un préréglage",
  presetsLabel: "Préréglages",
  presets: {
    figure: {
      name: "Figurine",
      hint: "Transforme la personne ou l’animal d’une photo en figurine de collection posée sur un bureau.",
      refs: "Références : 1 photo du sujet.",
    },
    product: {
      name: "Photo publicitaire",
      hint: "Une image publicitaire soignée d’un produit à partir d’une photo prise sur le vif.",
      refs: "Références : 1 photo du produit.",
    },
    style: {
      name: "Transfert de style",
      hint: "Redessine une photo dans le style d’une seconde image ou d’un style nommé.",
      refs: "Références : 1 photo de contenu, éventuellement 1 image de style.",
    },
    background: {
      name: "Changement d’arrière-plan",
      hint: "Garde le sujet et remplace tout ce qui se trouve derrière.",
      refs: "Références : 1 photo du sujet.",
    },
  },
  fields: {
    figureStyle: { label: "Type de figurine", placeholder: "figurine en PVC à l’échelle 1/7" },
    base: { label: "Socle", placeholder: "socle rond en acrylique transparent" },
    setting: { label: "Décor", placeholder: "plan de travail en marbre sous une douce lumière matinale" },
    mood: { label: "Ambiance", placeholder: "frais et haut de gamme" },
    style: { label: "Style souhaité", placeholder: "aquarelle libre aux contours à l’encre" },
    background: { label: "Nouvel arrière-plan", placeholder: "une plage calme au coucher du soleil" },
  },

  promptTitle: "Texte du prompt",
  promptPlaceholder: "Décrivez l’image souhaitée. Ctrl+Entrée lance la génération.",
  warnings: {
    email: "Le prompt contient ce qui ressemble à une adresse e-mail ; le fournisseur la recevra.",
    phone: "Le prompt contient ce qui ressemble à un numéro de téléphone ; le fournisseur le recevra.",
    address: "Le prompt contient ce qui ressemble à une adresse postale ; le fournisseur la recevra.",
    other: "Le prompt contient ce qui ressemble à des données personnelles ; le fournisseur les recevra.",
  },

  refsTitle: "Images de référence",
  picked: (n: number) => plural("fr", n, { one: "(# sélectionnée)", other: "(# sélectionnées)" }),
  importing: (n: number) => plural("fr", n, { one: "Importation de # fichier…", other: "Importation de # fichiers…" }),
  noImages:
    "Le coffre-fort ne contient encore aucune image. Déposez des photos ici, ou importez-les dans la Galerie, pour les utiliser comme références.",
  dropHint:
    "Déposez des fichiers ici pour les importer et les sélectionner. Seules des copies réduites sont envoyées : sans métadonnées, en taille réduite, sous des noms aléatoires.",
  imageAlt: "Image sans nom",

  optionsTitle: "Fournisseur et résultat",
  provider: "Fournisseur",
  model: "Modèle",
  size: "Format",
  count: "Nombre d’images",
  sizes: {
    providerDefault: "Par défaut du fournisseur",
    square: "Carré 1:1",
    landscape: "Format paysage 4:3",
    portrait: "Format portrait 3:4",
    photo: "Format photo 3:2",
    photoPortrait: "Format photo vertical 2:3",
    wide: "Format large 16:9",
    tall: "Format vertical 9:16",
    cinema: "Format cinéma 21:9",
  },
  generate: "Générer",
  preparing: "Préparation…",
  provenance:
    "Les résultats conservent les données de provenance intégrées par le fournisseur (C2PA, EXIF/XMP) ; les filigranes invisibles, comme SynthID de Google, font partie des pixels et restent.",

  recentTitle: "Tâches récentes",

  preview: {
    sizeChanged: (model: string, asked: string, sent: string) => `${model} ne produit pas ${asked} ; ${sent}, la taille la plus proche qu’il propose, sera demandée.`,
    title: "Voici exactement ce qui va quitter votre ordinateur",
    to: "Destinataire",
    model: "Modèle",
    prompt: "Texte du prompt",
    promptChars: (n: number) => plural("fr", n, { one: "# caractère", other: "# caractères" }),
    images: "Images jointes",
    none: "aucune",
    imageAlt: (n: number) => `Référence ${n} telle qu’elle sera envoyée`,
    sentAs: "envoyée sous le nom",
    metadata:
      "Aucune position, donnée d’appareil photo ni autre métadonnée n’est incluse ; les pixels ont été réencodés.",
    termsLead: (provider: string) => `Ce que ${provider} déclare en faire\u00a0:`,
    consentNeeded: "Votre consentement est nécessaire.",
    consentBody: (scope: string) =>
      `L’envoi l’enregistre avec ces mots\u00a0: «\u00a0${scope}\u00a0» Vous pouvez le retirer à tout moment sur la page Confidentialité.`,
    send: "Envoyer",
    allowAndSend: "Autoriser et envoyer",
  },

  terms: {
    gemini:
      "API payante : les prompts, images et résultats ne servent pas à entraîner des modèles ; ils sont conservés jusqu’à 55 jours pour la surveillance des abus, et les projets créés après le 2026-10-26 stockent les requêtes 55 jours par défaut. Niveau gratuit : ils peuvent servir à améliorer les produits Google et être lus par des évaluateurs.",
    openai:
      "Par défaut, les entrées et sorties de l’API ne servent pas à l’entraînement ; elles sont conservées jusqu’à 30 jours pour la surveillance des abus.",
    seedream:
      "Ark conserve les entrées et sorties pour la surveillance des abus selon les conditions de BytePlus/Volcengine ; les résultats sont renvoyés directement dans la réponse (rien n’est hébergé).",
    kling:
      "Aucune déclaration propre à l’API sur la conservation ou l’entraînement n’est publiée\u00a0; les vidéos terminées restent environ 30\u00a0jours sur les serveurs de Kling, derrière un lien. Seed Studio télécharge la vidéo une seule fois et la conserve uniquement dans votre coffre-fort.",
    seedance:
      "Ark conserve les entrées et sorties pour la surveillance des abus selon les conditions de BytePlus/Volcengine\u00a0; la vidéo terminée est hébergée derrière un lien temporaire (environ 24\u00a0heures), que Seed Studio télécharge une seule fois dans votre coffre-fort.",
  },
  consentScope: (provider: string, terms: string) =>
    `Seed Studio peut envoyer à ${provider} vos prompts et des copies réduites des images de référence que vous choisissez (sans métadonnées, en taille réduite, sous des noms aléatoires), pour les tâches que vous lancez. ${terms}`,
} satisfies typeof en;
