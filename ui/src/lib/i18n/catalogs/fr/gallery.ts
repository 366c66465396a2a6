import type en from "../en/gallery";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (value: number): string => formatNumber("fr", value);

export default {
  subtitle: "Tout ce que vous importez et créez, chiffré sur cet appareil et consultable hors ligne.",
  opening: "Ouverture du coffre-fort…",
  cannotOpen: "Impossible d’ouvrir le coffre-fort.",
  dropHint: "Déposez des photos ici pour les importer",
  importButton: "Importer des photos…",
  searchLabel: "Rechercher",
  searchPlaceholder: "Rechercher par nom ou tag…",
  filters: {
    show: "Afficher",
    allImages: "Toutes les images",
    originals: "Photos importées",
    outputs: "Images générées",
    videos: "Vidéos",
    added: "Ajout",
    anyTime: "Toutes les dates",
    lastDay: "Dernières 24 heures",
    lastWeek: "7 derniers jours",
    lastMonth: "30 derniers jours",
    provider: "Fournisseur",
    anyProvider: "Tous les fournisseurs",
    taskStatus: "État de la tâche",
    anyTaskStatus: "Tous les états",
    sort: "Trier",
    newest: "Plus récentes d’abord",
    oldest: "Plus anciennes d’abord",
    name: "Nom",
  },
  select: "Sélectionner",
  done: "Terminé",
  selection: {
    label: "Images sélectionnées",
    count: (count: number) => plural("fr", count, { one: "# sélectionnée", other: "# sélectionnées" }),
    selectAll: "Tout sélectionner",
    exportCopies: "Exporter des copies",
    confirmDelete: (count: number) =>
      plural("fr", count, {
        one: "Supprimer définitivement # image ?",
        other: "Supprimer définitivement # images ?",
      }),
  },
  delete: "Supprimer",
  deleteAsk: "Supprimer…",
  keep: "Garder",
  close: "Fermer",
  importing: (done: number, total: number) => `Importation de ${n(done)} sur ${n(total)}…`,
  notices: {
    imported: (added: number, duplicates: number) =>
      plural("fr", added, { one: "# photo importée", other: "# photos importées" }) +
      (duplicates
        ? plural("fr", duplicates, { one: " ; # déjà dans le coffre-fort.", other: " ; # déjà dans le coffre-fort." })
        : "."),
    exported: (files: number, path: string) =>
      plural("fr", files, {
        one: `Une copie déchiffrée exportée avec manifest.json vers ${path}`,
        other: `# copies déchiffrées exportées avec manifest.json vers ${path}`,
      }),
    keptLonger: (deletion: string) => `Conservée plus longtemps : ${deletion}.`,
    deleted: (count: number) =>
      plural("fr", count, {
        one: "# image supprimée, miniature comprise. Sa clé est détruite.",
        other: "# images supprimées, miniatures comprises. Leurs clés sont détruites.",
      }),
    watchFailed: (detail: string) => `Une photo du dossier surveillé n’a pas pu être importée : ${detail}`,
  },
  empty: {
    title: "Aucune image pour l’instant",
    dropBefore: "Déposez des photos n’importe où sur cette page, ou choisissez ",
    dropAfter: ". Elles sont chiffrées dès leur arrivée.",
    retention: "Les originaux importés sont supprimés automatiquement sous 24 heures ; les images que vous créez sont gardées 30 jours.",
    noMatchTitle: "Aucun résultat",
    noMatch: "Aucune image ne correspond à cette recherche. Effacez-la pour tout voir.",
  },
  untitled: "Sans titre",
  imageAlt: "Image sans nom",
  detail: {
    label: "Détails de l’image",
    kind: "Type",
    original: "Photo importée",
    output: "Image générée",
    size: "Taille",
    added: "Ajoutée le",
    deletion: "Suppression",
    madeBy: "Créée par",
    thisDevice: "Cet appareil",
    prompt: "Texte du prompt",
    task: "Tâche",
    id: "ID",
    keepBy: "Garder encore",
    periods: {
      week: "une semaine",
      month: "30 jours",
      quarter: "90 jours",
      year: "un an",
    },
    originalNote: "Les photos importées sont supprimées sous 24 heures, ou dès que la tâche qui les utilise se termine.",
    exportCopy: "Exporter une copie",
    confirmDelete: "Supprimer définitivement ?",
  },
} satisfies typeof en;
