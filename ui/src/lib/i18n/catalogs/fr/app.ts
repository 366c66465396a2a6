import type en from "../en/app";
import { plural } from "../../plural";

export default {
  sections: {
    gallery: "Galerie",
    create: "Créer",
    idphoto: "Photo d’identité",
    tasks: "Tâches",
    privacy: "Confidentialité",
    settings: "Paramètres",
  },
  nav: {
    label: "Rubriques",
    lock: "Verrouiller",
    about: "À propos",
    local: "En local",
    localTitle: "Les images et les clés restent sur cet appareil",
  },
  keyringBanner: (detail: string | null) =>
    `Le trousseau du système est inaccessible${detail ? ` (${detail})` : ""}. Protégez plutôt le coffre-fort par une phrase secrète ; les clés d’API des fournisseurs sont alors conservées scellées dans le coffre-fort.`,
  fatal: {
    title: "Seed Studio ne peut pas ouvrir vos données",
    help: (file: string) =>
      `Rien n’a été modifié ni supprimé. Corrigez ou supprimez ${file} dans le dossier de données, puis relancez Seed Studio.`,
  },
  about: {
    title: "À propos de Seed Studio",
    tagline: "Vos photos restent à vous : images et clés restent chiffrées sur cet appareil.",
    version: "Version de l’application",
    dataFolder: "Dossier de données",
    settingsFile: "Fichier de paramètres",
    notCreatedYet: "pas encore créé, valeurs par défaut appliquées",
    logs: "Journaux",
    keyring: "Trousseau",
    keyringWorking: "fonctionne",
    keyringNotReachable: "inaccessible",
    vault: "Coffre-fort",
    vaultNone: "pas encore créé",
    vaultStates: { open: "ouvert", locked: "verrouillé", error: "en erreur", none: "aucun" },
    vaultInKeyring: (state: string) => `clé dans le trousseau du système, ${state}`,
    vaultByPassphrase: (state: string) => `protégé par une phrase secrète, ${state}`,
    encryption: "Chiffrement",
    encryptionImages: (cipher: string) => `images : ${cipher}`,
    encryptionIndex: (sqlcipher: string, sqlite: string) => `index : SQLCipher ${sqlcipher} (SQLite ${sqlite})`,
    checking: "Vérification…",
  },
  lock: {
    title: "Seed Studio est verrouillé",
    bodyVaultPassphrase:
      "Vos images et leurs clés ne sont plus en mémoire. Les suppressions prévues ont toujours lieu à l’heure. Saisissez la phrase secrète du coffre-fort.",
    bodyLockPassphrase:
      "Vos images et leurs clés ne sont plus en mémoire. Les suppressions prévues ont toujours lieu à l’heure. Saisissez la phrase secrète de verrouillage.",
    passphrase: "Phrase secrète",
    unlock: "Déverrouiller",
    unlocking: "Déverrouillage…",
  },
  vaultSetup: {
    createTitle: "Créez votre coffre-fort privé",
    unlockTitle: "Déverrouillez votre coffre-fort",
    createIntro:
      "Les photos que vous importez sont conservées ici chiffrées, chacune avec sa propre clé, et supprimées automatiquement : les originaux importés sous 24 heures. La clé maîtresse du coffre-fort reste sur cet ordinateur.",
    unlockIntro:
      "Ce coffre-fort est protégé par une phrase secrète. Rien de son contenu ne peut s’afficher tant que vous ne l’avez pas saisie.",
    keyQuestion: "Où conserver la clé ?",
    keyInKeyring: "Dans le trousseau du système (recommandé : rien à retenir)",
    keyInKeyringUnavailable: "Dans le trousseau du système (inaccessible sur ce système)",
    keyBehindPassphrase: "Derrière une phrase secrète de mon choix (si elle est perdue, le coffre-fort ne pourra plus être ouvert)",
    passphrase: "Phrase secrète",
    repeat: "Confirmez-la",
    hint: "Au moins 10 caractères. L’ouverture prend environ une seconde : c’est ce qui ralentit les tentatives pour la deviner.",
    create: "Créer le coffre-fort",
    unlock: "Déverrouiller",
    working: "Traitement…",
  },
  time: {
    kept: "conservé jusqu’à ce que vous le supprimiez",
    beingDeleted: "suppression en cours",
    deletedInMinutes: (n: number) => plural("fr", n, { other: "supprimé dans # min" }),
    deletedInHours: (n: number) => plural("fr", n, { other: "supprimé dans # h" }),
    deletedInDays: (n: number) => plural("fr", n, { one: "supprimé dans # jour", other: "supprimé dans # jours" }),
    nothing: "rien",
    originals: (n: number) => plural("fr", n, { one: "# original", other: "# originaux" }),
    outputs: (n: number) => plural("fr", n, { one: "# image générée", other: "# images générées" }),
    thumbnails: (n: number) => plural("fr", n, { one: "# miniature", other: "# miniatures" }),
    logFiles: (n: number) => plural("fr", n, { one: "# fichier journal", other: "# fichiers journaux" }),
    ledgerEntries: (n: number) =>
      plural("fr", n, { one: "# entrée du registre des envois", other: "# entrées du registre des envois" }),
  },
} satisfies typeof en;
