import type en from "../en/tasks";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Chaque génération, avec sa progression ; annulez-la, relancez-la ou copiez son identifiant.",
  empty: {
    title: "Aucune tâche pour l’instant",
    before: "Quand vous générez une image dans ",
    after:
      ", la tâche apparaît ici avec sa progression : en file d’attente, préparation, envoi, réception, terminée. Vous pouvez l’annuler ou la relancer, et copier son identifiant pour la retrouver.",
  },
  status: {
    queued: "En file d’attente",
    preparing: "Préparation des références",
    sending: "Envoi",
    waiting: "Traitement par le fournisseur",
    receiving: "Réception des résultats",
    succeeded: "Terminée",
    failed: "Échec",
    cancelled: "Annulée",
  },
  kind: {
    generate: "Nouvelle image",
    edit: "Image retouchée",
    idphoto: "Photo d’identité",
    video: "Vidéo",
  },
  onDevice: "Sur cet appareil",
  copyId: "Copier l’identifiant de la tâche",
  progress: "Progression",
  stored: (done: number, total: number) =>
    plural("fr", done, {
      one: `# image enregistrée sur ${formatNumber("fr", total)}`,
      other: `# images enregistrées sur ${formatNumber("fr", total)}`,
    }),
  results: (count: number) => plural("fr", count, { one: "# image créée", other: "# images créées" }),
  resultAlt: "Résultat",
  reasons: {
    cancelledByYou: "Annulée par vous.",
    interrupted: "Interrompue : Seed Studio s’est arrêté avant la fin de la tâche. Relancez-la pour l’exécuter à nouveau.",
    unfinishedAtBackup: "Elle n’était pas terminée au moment de la sauvegarde.",
  },
  cancel: "Annuler",
  retry: "Relancer",
  discard: "Abandonner",
  discardHint: "Abandonner : ses images de référence sont supprimées maintenant",
  keptForRetry: (count: number) =>
    plural("fr", count, {
      one: "Son image de référence est gardée pour une relance, au plus 24 heures après l’import.",
      other: "Ses # images de référence sont gardées pour une relance, au plus 24 heures après l’import.",
    }),
} satisfies typeof en;
