import type en from "../en/idphoto";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Photos de passeport et de visa, réalisées entièrement sur cet appareil.",
  noVaultTitle: "Configurez d’abord votre coffre-fort",
  noVaultBody: (gallery: string) =>
    `Choisissez un portrait et un document (passeport américain, visa Schengen, Royaume-Uni, Canada, Inde, Chine et 25 autres). Seed Studio repère le visage, le recadre selon les règles officielles de taille de la tête et de hauteur des yeux, remplace le fond et vérifie le résultat, sans envoyer votre visage nulle part. Configurez d’abord le coffre-fort dans la *${gallery}*.`,

  stepPhoto: "1. Choix de la photo",
  importPhotos: "Importer des photos…",
  importing: "Importation…",
  noPhotos: "Aucune photo pour l’instant. Importez un portrait pris devant un mur uni, face à l’objectif.",
  photoAlt: "Photo importée",
  pickHint: "Choisissez une photo pour la prévisualiser\u00a0; choisissez-en plusieurs pour les réaliser toutes avec les mêmes réglages.",
  batchWorking: "En cours…",
  batchSaved: "Enregistrée",
  batchSavedWithFails: (n: number) =>
    plural("fr", n, { one: "Enregistrée, # contrôle échoué", other: "Enregistrée, # contrôles échoués" }),

  stepDocument: "2. Choix du document",
  searchPlaceholder: "Rechercher par pays ou document",
  searchLabel: "Rechercher un document",
  documentLabel: "Liste des documents",
  noMatch: "Aucun document ne correspond à la recherche.",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height} mm à ${dpi} ppp`,
  summaryHeadHair: (lo: string, hi: string) => `tête de ${lo} à ${hi} mm (du menton au sommet des cheveux)`,
  summaryHeadSkull: (lo: string, hi: string) => `tête de ${lo} à ${hi} mm (du menton au sommet du crâne, cheveux exclus)`,
  summaryEyes: (lo: string, hi: string) => `yeux à ${lo}–${hi} mm du bord inférieur`,
  sourceOfficial: (date: string) => `Source\u00a0: l’autorité de délivrance, ${date}.`,
  sourceSecondary: (date: string) => `Source\u00a0: une compilation secondaire, ${date}.`,
  docs: {
    "us-passport": { document: "Passeport" },
    "us-visa": { document: "Visa (formulaire DS-160)" },
    "us-dv-lottery": { document: "Loterie de la carte verte (DV)" },
    "schengen-visa": { country: "Espace Schengen", document: "Visa (OACI 35×45)" },
    "de-passport": { document: "Passeport / carte d’identité" },
    "fr-passport": { document: "Passeport / carte d’identité" },
    "it-passport": { document: "Passeport" },
    "at-passport": { document: "Passeport" },
    "be-passport": { document: "Passeport / carte eID" },
    "hr-passport": { document: "Passeport" },
    "gb-passport": { document: "Passeport" },
    "ie-passport": { document: "Passeport" },
    "gr-passport": { document: "Passeport" },
    "ee-passport": { document: "Passeport / carte d’identité" },
    "ca-passport": { document: "Passeport" },
    "ca-visa": { document: "Visa / résidence permanente (IRCC)" },
    "au-passport": { document: "Passeport" },
    "in-passport": { document: "Passeport" },
    "in-evisa": { document: "Visa électronique" },
    "cn-passport": { document: "Passeport" },
    "cn-visa": { document: "Demande de visa" },
    "jp-passport": { document: "Passeport" },
    "kr-passport": { document: "Passeport" },
    "br-passport": { document: "Passeport" },
    "mx-passport": { document: "Passeport" },
    "co-passport": { document: "Passeport" },
    "lb-passport": { document: "Passeport" },
    "sg-passport": { document: "Passeport" },
    "nz-passport": { document: "Passeport" },
    "ch-passport": { document: "Passeport / carte d’identité" },
    "icao-35x45": { country: "Tous (OACI)", document: "Photo OACI 9303 générique, 35×45 mm" },
  },

  stepLook: "3. Fond et réglages fins",
  colours: {
    white: "Blanc",
    lightGrey: "Gris clair",
    lightBlue: "Bleu clair",
    blue: "Bleu",
    red: "Rouge",
  },
  customColour: "Couleur personnalisée",
  keepBackground: "garder le fond d’origine",
  rejectsReplaced:
    "L’autorité de ce document refuse les photos dont le fond a été remplacé\u00a0: gardez le fond d’origine, pris devant un mur uni et clair.",
  headSize: "Taille de la tête",
  upDown: "Haut / bas (mm)",
  leftRight: "Gauche / droite (mm)",
  autoLight: "corriger légèrement l’exposition et la balance des blancs",

  preview: "Aperçu",
  previewAlt: "Aperçu recadré au format du document",
  previewEmpty: "Choisissez une photo pour la voir ici avec les repères et le rapport de conformité.",
  legend: (headMm: string, share: string) =>
    `Zones ombrées\u00a0: où peut se trouver le sommet de la tête (et les yeux). Lignes\u00a0: sommet du crâne, yeux et menton mesurés. Tête de ${headMm} mm, soit ${share} de la hauteur.`,
  report: "Rapport de conformité",
  status: { pass: "Conforme\u00a0:", warn: "Attention\u00a0:", fail: "Non conforme\u00a0:" },
  checks: {
    oneFace: "Exactement un visage, entièrement dans la photo",
    headHeight: {
      within: (value: string, lo: string, hi: string) =>
        `La tête (du menton au sommet) mesure ${value} mm, dans les ${lo}–${hi} mm exigés`,
      below: (value: string, lo: string, hi: string) =>
        `La tête (du menton au sommet) mesure ${value} mm, en dessous des ${lo}–${hi} mm exigés`,
      above: (value: string, lo: string, hi: string) =>
        `La tête (du menton au sommet) mesure ${value} mm, au-dessus des ${lo}–${hi} mm exigés`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) =>
        `La ligne des yeux est à ${value} mm du bas, dans les ${lo}–${hi} mm exigés`,
      below: (value: string, lo: string, hi: string) =>
        `La ligne des yeux est à ${value} mm du bas, en dessous des ${lo}–${hi} mm exigés`,
      above: (value: string, lo: string, hi: string) =>
        `La ligne des yeux est à ${value} mm du bas, au-dessus des ${lo}–${hi} mm exigés`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) =>
        `L’espace au-dessus de la tête est de ${value} mm, dans les ${lo}–${hi} mm exigés`,
      below: (value: string, lo: string, hi: string) =>
        `L’espace au-dessus de la tête est de ${value} mm, en dessous des ${lo}–${hi} mm exigés`,
      above: (value: string, lo: string, hi: string) =>
        `L’espace au-dessus de la tête est de ${value} mm, au-dessus des ${lo}–${hi} mm exigés`,
      touches: "Le sommet de la tête touche le bord",
    },
    level: {
      pass: "Les yeux sont à l’horizontale sur le résultat",
      fail: (degrees: string) => `La tête reste inclinée de ${degrees}° sur le résultat\u00a0; utilisez une photo où la tête est droite`,
    },
    roll: {
      level: "La tête est droite",
      levelled: (degrees: string) => `La tête était inclinée de ${degrees}° et a été redressée`,
      tooTilted: (degrees: string) =>
        `La tête était inclinée de ${degrees}°\u00a0; elle a été redressée, mais une photo plus droite rend mieux`,
    },
    yaw: {
      pass: "Le visage regarde l’objectif de face",
      warn: "Le visage est légèrement tourné\u00a0; placez-vous bien face à l’objectif",
      fail: "Le visage est tourné sur le côté\u00a0; regardez l’objectif",
    },
    eyesOpen: {
      pass: "Les deux yeux sont ouverts",
      warn: "Les yeux semblent mi-clos",
      fail: "Les yeux semblent fermés",
    },
    mouthClosed: {
      pass: "La bouche est fermée",
      warn: "La bouche semble légèrement ouverte\u00a0; gardez une expression neutre",
      fail: "La bouche est ouverte\u00a0; gardez-la fermée",
      smile: "Les dents se voient dans le sourire\u00a0; ce document accepte un sourire naturel, pas une bouche ouverte",
    },
    background: {
      replaced: "Le fond a été remplacé par une couleur unie",
      rejected: "Cette autorité refuse les photos dont le fond a été remplacé\u00a0; choisissez «\u00a0garder le fond d’origine\u00a0»",
      unmeasured: "Le fond n’a pas pu être évalué (trop peu visible)\u00a0; vérifiez-le vous-même",
      plain: "Le fond est uni et clair",
      notQuitePlain: "Le fond n’est pas tout à fait uni ou clair\u00a0; vérifiez les ombres et les motifs",
      notPlain: "Le fond n’est pas uni\u00a0; utilisez un mur uni ou remplacez-le",
    },
    exposure: {
      unmeasured: "La lumière du visage n’a pas pu être mesurée",
      even: "Le visage est éclairé uniformément",
      ratherDark: "Le visage est plutôt sombre",
      ratherBright: "Le visage est plutôt clair",
      tooDark: "Le visage est trop sombre",
      overexposed: "Le visage est surexposé",
    },
    sharpness: {
      pass: "Le visage est net",
      warn: "Le visage semble un peu flou",
      fail: "Le visage est flou",
    },
    resolution: {
      pass: "La photo est assez détaillée pour ce format",
      warn: (factor: string) => `Le visage a été agrandi ${factor}×\u00a0; une photo plus rapprochée ou plus nette serait préférable`,
      fail: (factor: string) => `Le visage a été agrandi ${factor}×\u00a0: la photo est trop petite\u00a0; prenez-la de plus près`,
    },
    coverage: {
      filled: (share: string) => `Une partie du cadre (${share}) se trouvait hors de la photo\u00a0; elle a été remplie avec la couleur du fond`,
      extended: (share: string) => `Une partie du cadre (${share}) se trouve hors de la photo\u00a0; ses bords ont été prolongés`,
    },
    frameBottom: {
      pass: "La photo atteint le bas du cadre",
      fail: (mm: string) =>
        `La photo s’arrête ${mm}\u00a0mm au-dessus de l’endroit où devraient être les épaules\u00a0: prenez-la de plus loin`,
    },
    frameSides: {
      pass: "La photo atteint les côtés du cadre à hauteur des épaules",
      fail: (mm: string) =>
        `La photo s’arrête ${mm}\u00a0mm en deçà du bord du cadre à hauteur des épaules\u00a0: prenez-la de plus loin`,
    },
    hair: {
      pass: "Les cheveux sont dans le cadre",
      warn: "Les cheveux touchent le bord supérieur de la photo\u00a0; avec la tête un peu plus petite ou plus basse, ils restent dans le cadre",
    },
    backgroundRemnants: {
      pass: "Il ne reste aucun morceau de l’ancien arrière-plan",
      warn: (area: string) =>
        `Environ ${area}\u00a0mm² à côté ou au-dessus de la tête sont gardés comme faisant partie de la personne\u00a0; si c’est l’ancien arrière-plan, effacez-le au pinceau`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "Retouche (facultative)",
    smooth: "Lisser la peau",
    brightness: "Luminosité",
    contrast: "Contraste",
    showBefore: "Voir avant",
    showAfter: "Voir après",
    beforeAlt: "La photo avant retouche",
    rule: "Seuls la lumière, le contraste et le grain de la peau changent\u00a0: les autorités refusent les photos dont les traits, la forme ou les proportions du visage ont été modifiés.",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "Corriger le détourage",
    on: "Peindre au pinceau",
    mode: "Pinceau",
    add: "Ajouter à la personne",
    remove: "Retirer de la personne",
    size: "Taille du pinceau",
    undo: "Annuler",
    clear: "Effacer tous les traits",
    hint: "Glissez sur la photo\u00a0: «\u00a0Ajouter à la personne\u00a0» rend ce que le détourage a manqué (une mèche, une oreille), «\u00a0Retirer\u00a0» enlève un morceau de l’ancien arrière-plan. Ctrl+Z annule le dernier trait.",
    count: (n: number) => plural("fr", n, { one: "# trait de pinceau\u00a0; la photo a été refaite avec", other: "# traits de pinceau\u00a0; la photo a été refaite avec" }),
    areaLabel: "La photo\u00a0: glissez pour peindre le détourage",
  },

  stepSave: "4. Enregistrer",
  printSheet: "Planche d’impression",
  noSheet: "Pas de planche d’impression",
  digitalUnder: "Fichier numérique de moins de (Ko)",
  digitalNone: "aucun",
  digitalOn: (size: string) => `Un JPEG de ${size} au plus est aussi enregistré.`,
  digitalOff: "Pas de fichier à taille limitée\u00a0: indiquez une limite pour en créer un.",
  digitalSpec: (size: string) => `Le formulaire en ligne de ce document accepte des fichiers jusqu’à ${size}.`,
  saveButton: (n: number) =>
    n > 1
      ? plural("fr", n, { one: "Enregistrer # photo dans le coffre-fort", other: "Enregistrer # photos dans le coffre-fort" })
      : "Enregistrer la photo dans le coffre-fort",
  saving: (done: number, total: number) => `Enregistrement ${formatNumber("fr", done)} sur ${formatNumber("fr", total)}…`,
  saveHint:
    "La photo (avec sa résolution en ppp), la planche d’impression à 300 ppp et le fichier à taille limitée vont dans la Galerie, chiffrés, conservés 30 jours. Une photo qui échoue à un contrôle peut quand même être enregistrée\u00a0; son nom l’indique.",
  saved: (made: number, total: number) =>
    `Photos d’identité enregistrées dans la Galerie\u00a0: ${formatNumber("fr", made)} sur ${formatNumber("fr", total)}. Les photos d’origine, désormais traitées, ont été supprimées.`,
  savedWithSheets: (made: number, total: number) =>
    `Photos d’identité enregistrées dans la Galerie avec les planches d’impression\u00a0: ${formatNumber("fr", made)} sur ${formatNumber("fr", total)}. Les photos d’origine, désormais traitées, ont été supprimées.`,
} satisfies typeof en;
