import type en from "../en/privacy";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

// French puts a no-break space before ":" and ";" (written \u00a0 here).
const n = (x: number) => formatNumber("fr", x);
const images = (x: number) => plural("fr", x, { one: "# image", other: "# images" });
const tasks = (x: number) => plural("fr", x, { one: "# tâche", other: "# tâches" });
const entries = (x: number) => plural("fr", x, { one: "# entrée du registre des envois", other: "# entrées du registre des envois" });

export default {
  subtitle: "Ce qui est stocké, où, qui peut le recevoir, et tout ce qui a quitté cet appareil.",

  notices: {
    exported: (i: number, t: number, e: number, path: string) =>
      `Export terminé\u00a0: ${images(i)}, ${tasks(t)} et ${entries(e)} dans ${path}`,
    backedUp: (i: number, t: number, e: number, path: string) =>
      `Sauvegarde terminée\u00a0: ${images(i)}, ${tasks(t)} et ${entries(e)} dans ${path}`,
    restored: (originals: number, outputs: number, t: number, duplicates: number) =>
      `Restauration terminée\u00a0: ${plural("fr", originals, { one: "# original", other: "# originaux" })}, ${plural("fr", outputs, { one: "# image générée", other: "# images générées" })} et ${tasks(t)}\u00a0; ${plural("fr", duplicates, { one: "# image était", other: "# images étaient" })} déjà là.`,
    taskDeleted: (files: number, e: number) =>
      `Tâche supprimée, avec ${plural("fr", files, { one: "# fichier stocké", other: "# fichiers stockés" })} et leurs clés, et ${entries(e)}.`,
    stopped: {
      export: "L’export a été interrompu.",
      backup: "La sauvegarde a été interrompue.",
      restore: "La restauration a été interrompue.",
    },
    diagnosticsCopied:
      "Diagnostic copié dans le presse-papiers. Il ne contient ni clés, ni prompts, ni noms de fichiers, ni chemins de votre dossier personnel.",
  },

  inventory: {
    title: "Ce qui est stocké",
    kinds: {
      original: "Originaux",
      output: "Images générées",
      thumbnail: "Miniatures",
    },
    ledgerEntries: "Entrées du registre des envois",
    logFiles: "Fichiers du journal de fonctionnement",
    oldest: (date: string) => `Élément le plus ancien\u00a0: ${date}.`,
    nextDeletion: (date: string, what: string) => `Prochaine suppression le ${date}\u00a0: ${what}.`,
    nothingScheduled: "Aucune suppression n’est prévue.",
    nothing: "rien",
    originals: (x: number) => plural("fr", x, { one: "# original", other: "# originaux" }),
    outputs: (x: number) => plural("fr", x, { one: "# image générée", other: "# images générées" }),
    thumbnails: (x: number) => plural("fr", x, { one: "# miniature", other: "# miniatures" }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `Protection\u00a0: images scellées avec ${objectCipher}\u00a0; index chiffré avec ${indexCipher}\u00a0; clé maîtresse scellée par votre phrase secrète (Argon2id).`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `Protection\u00a0: images scellées avec ${objectCipher}\u00a0; index chiffré avec ${indexCipher}\u00a0; clé maîtresse dans le trousseau du système.`,
  },

  export: {
    title: "Exporter",
    zip: "un seul fichier .zip",
    strip: "retirer les métadonnées intégrées (EXIF, XMP, C2PA)",
    all: "Tout exporter",
    saveAs: "Enregistrer sous…",
    where:
      "Les exports vont dans `Pictures/Seed Studio exports` (ou à l’endroit choisi avec Enregistrer sous…)\u00a0: les images déchiffrées sous des noms lisibles et un `manifest.json` décrivant les tâches, prompts, fournisseurs et le registre des envois.",
  },

  progress: {
    export: (done: number, total: number) => `Export de ${n(done)} sur ${n(total)}…`,
    backup: (done: number, total: number) => `Sauvegarde de ${n(done)} sur ${n(total)}…`,
    restore: (done: number, total: number) => `Restauration de ${n(done)} sur ${n(total)}…`,
  },

  backup: {
    title: "Sauvegarde chiffrée",
    about:
      "Un seul fichier contenant chaque image, tâche et entrée du registre des envois, scellé par une phrase secrète (le format ouvert `age`), pour garder des résultats au-delà de leur durée de conservation ou les transférer sur un autre ordinateur. Sans la phrase secrète, personne ne peut l’ouvrir — pas même vous. La restauration remet les images et les tâches dans ce coffre-fort et ignore ce qui s’y trouve déjà.",
    passphrase: "Phrase secrète de la sauvegarde",
    again: "Répétez-la pour sauvegarder",
    againLabel: "Répétez la phrase secrète de la sauvegarde",
    make: "Créer une sauvegarde…",
    restore: "Restaurer une sauvegarde…",
    restoreNeedsPassphrase: "Saisissez d’abord la phrase secrète de la sauvegarde",
    tooShort: (min: number) =>
      `Une phrase secrète de sauvegarde doit compter au moins ${plural("fr", min, { one: "# caractère", other: "# caractères" })}.`,
    differ: "Les deux phrases secrètes sont différentes.",
  },

  lookup: {
    title: "Retrouver une tâche",
    placeholder: "Collez l’identifiant d’une tâche",
    label: "Identifiant de la tâche",
    show: "Afficher",
    thisDevice: "cet appareil",
    reference: "référence",
    result: "résultat",
    until: (date: string) => `jusqu’au ${date}`,
    kept: "conservée",
    summary: (requests: number, changes: number) =>
      `${plural("fr", requests, { one: "# requête envoyée", other: "# requêtes envoyées" })}\u00a0; ${plural("fr", changes, { one: "# changement d’état enregistré", other: "# changements d’état enregistrés" })}.`,
    exportTask: "Exporter cette tâche",
    deleteTask: "Supprimer cette tâche…",
    deleteConfirm: (i: number, e: number) =>
      `Cela supprime ${images(i)} avec leurs miniatures et leurs clés, ${entries(e)} et l’historique de la tâche.`,
    keep: "Conserver",
    sentTitle: "Ce qui a quitté l’appareil",
    sentShow: "Afficher ce qui a été envoyé",
    sentSame: "Reconstruite sur cet appareil à partir de la référence\u00a0: identique à ce qui a été envoyé (son SHA-256 figure dans le journal).",
    sentDiffers:
      "Reconstruite sur cet appareil, mais différente de ce qui a été envoyé\u00a0: un réglage qui la façonne (la limite de taille d’un fournisseur) a changé depuis. Le journal conserve ce qui est parti.",
    sentGone:
      "Les références et les copies envoyées ont été supprimées à la fin de la tâche\u00a0; le journal conserve la taille, les niveaux et le SHA-256 de chaque partie (ci-dessus).",
  },

  location: {
    title: "Où se trouvent vos données",
    noTelemetry: "Rien n’est écrit ailleurs. Aucune télémétrie n’est collectée, jamais.",
  },

  keys: {
    title: "Clés",
    working: "opérationnel",
    unreachable: "inaccessible",
    checking: "Vérification…",
    about: "Les clés d’API des fournisseurs sont conservées dans le trousseau du système (ou, s’il est inaccessible, scellées dans le coffre-fort protégé par phrase secrète), jamais dans des fichiers en clair ni des journaux.",
  },

  consents: {
    title: "Qui peut recevoir vos images",
    about: "Rien n’est envoyé à un fournisseur sans votre consentement. Le retirer arrête aussitôt les nouvelles requêtes.",
    none: "Aucun fournisseur n’a votre consentement. Il vous est demandé la première fois que vous envoyez à l’un d’eux.",
    allowedSince: (date: string) => `autorisé depuis le ${date}`,
    notAllowed: "non autorisé",
    withdraw: "Retirer",
    allow: "Autoriser",
  },

  troubleshooting: {
    title: "Dépannage",
    about:
      "Le journal de fonctionnement des dernières 24 heures consigne ce qui s’est passé (actions, fournisseurs, résultats, erreurs), jamais les prompts, les clés, les images ni les noms de fichiers. Le diagnostic y ajoute les versions et les paramètres, pour signaler un bug.",
    showLog: "Afficher le journal",
    copyDiagnostics: "Copier le diagnostic",
    logLabel: "Journal de fonctionnement",
    diagnosticsLabel: "Diagnostic",
    omitted: (x: number) => `… ${plural("fr", x, { one: "# ligne précédente", other: "# lignes précédentes" })}`,
    empty: "Le journal est vide.",
  },

  erase: {
    title: "Tout effacer",
    about:
      "Détruit la clé maîtresse du coffre-fort (plus rien de ce qui est stocké ne pourra être lu), puis supprime chaque image, miniature, l’index, le registre des envois, les journaux et les paramètres, retire tous les consentements et efface les clés d’API des fournisseurs du trousseau. Seed Studio redémarre alors comme neuf. C’est irréversible\u00a0; exportez d’abord si vous voulez une copie.",
    howTo: "Pour confirmer, tapez le mot anglais ERASE en majuscules.",
    placeholder: "Tapez ERASE",
    label: "Tapez ERASE pour confirmer",
    button: "Tout effacer",
    erasing: "Effacement…",
  },

  ledger: {
    title: "Registre des envois",
    emptyTitle: "Rien n’a quitté cet appareil",
    emptyBody:
      "Chaque requête envoyée à un fournisseur d’IA est consignée ici\u00a0: quel fournisseur, quand, pour quelle tâche et, pour chaque image, sa taille, ses dimensions et son empreinte — pour voir exactement ce qui a été envoyé.",
    provider: "Fournisseur",
    allProviders: "Tous les fournisseurs",
    filter: "Filtrer",
    filterPlaceholder: "Identifiant de tâche, hôte ou empreinte d’image",
    shown: (shown: number, total: number) => `${n(shown)} sur ${plural("fr", total, { one: "# requête", other: "# requêtes" })}`,
    when: "Quand",
    to: "Destination",
    what: "Contenu",
    answer: "Réponse",
    task: "Tâche",
    promptChars: (x: number) => plural("fr", x, { one: "# caractère de prompt", other: "# caractères de prompt" }),
    noAnswer: "pas de réponse",
    openTask: "Voir cette tâche dans Tâches",
  },
} satisfies typeof en;
