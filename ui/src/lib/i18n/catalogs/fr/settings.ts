import type en from "../en/settings";

export default {
  subtitle:
    "Apparence, conservation, fonctionnement en arrière-plan, clés des fournisseurs, dossier surveillé et emplacement de vos données.",
  loading: "Chargement…",
  notSaved: "Rien n’a été modifié : les paramètres restent tels quels.",

  appearance: {
    title: "Apparence",
    language: "Langue",
    languageSystem: (name: string) => `Langue du système (${name})`,
    languageHelp: "La fenêtre change de langue aussitôt.",
    theme: "Thème",
    themes: { system: "Suivre le système", light: "Clair", dark: "Sombre" },
  },

  logs: {
    title: "Journal de fonctionnement",
    level: "Niveau de détail",
    levels: { error: "Erreurs seulement", warn: "Avertissements", info: "Standard", debug: "Dépannage" },
    help: "Les journaux ne contiennent jamais de prompts, de clés, d’images ni de noms de fichiers. S’applique au prochain démarrage.",
  },

  background: {
    title: "Fonctionnement en arrière-plan",
    help: "Les suppressions n’ont lieu à l’heure que pendant que Seed Studio tourne. Une fois fermé, il continue de tourner dans la zone de notification (rouvrez-le depuis là, ou quittez-le). S’il ne tourne pas du tout, tout ce qui a expiré est supprimé dès son démarrage, avant que quoi que ce soit ne s’affiche.",
    closeToTray: "Fermer la fenêtre laisse Seed Studio tourner dans la zone de notification",
    startAtLogin: "Démarrer Seed Studio dans la zone de notification à l’ouverture de session",
  },

  lock: {
    title: "Verrouillage de l’app",
    help: "Verrouillé, Seed Studio n’affiche rien du coffre-fort et efface ses clés de la mémoire ; les suppressions ont toujours lieu à l’heure. Verrouillez avec le bouton en bas de la barre latérale ou avec {0}.",
    byVault: "La phrase secrète de votre coffre-fort le déverrouille.",
    newPassphrase: "Nouvelle phrase secrète de verrouillage…",
    choosePassphrase: "Choisissez une phrase secrète de verrouillage (8 caractères ou plus)…",
    passphraseLabel: "Phrase secrète de verrouillage",
    save: "Enregistrer",
    remove: "Supprimer",
    saved: "Phrase secrète de verrouillage enregistrée (sous forme de hachage Argon2id).",
    removed: "Phrase secrète de verrouillage supprimée.",
    idle: "Verrouiller automatiquement",
    never: "Jamais",
    after: (duration: string) => `Après ${duration}`,
    lockNow: "Verrouiller maintenant",
  },

  network: {
    title: "Réseau et fournisseurs",
    offline: "Mode hors ligne",
    offlineHelp: "Rien ne quitte cet ordinateur ; les tâches destinées aux fournisseurs cloud sont refusées.",
    provider: "Fournisseur",
    model: "Modèle",
    atOnce: "Simultanées",
    preview: "Aperçu avant envoi",
    modelOf: (provider: string) => `Modèle pour ${provider}`,
    atOnceOf: (provider: string) => `Tâches simultanées pour ${provider}`,
    showWhatLeaves: "montrer ce qui part",
    timeout: "Un fournisseur qui ne répond pas dans un délai de {0} échoue avec un message clair ({1} dans config.toml).",
    previewHelp:
      "Ne décochez l’aperçu que pour un fournisseur de confiance : ses tâches partent alors dès que vous appuyez sur {0}, toujours réduites et consignées dans le registre des envois.",
  },

  keys: {
    title: "Clés d’API des fournisseurs",
    help: "Conservées dans le trousseau du système ou, s’il est inaccessible, scellées dans le coffre-fort chiffré. Seed Studio ne réaffiche jamais une clé enregistrée, ne l’écrit jamais en clair dans un fichier et ne l’envoie qu’à son fournisseur.",
    stored: "Enregistrée",
    storedInVault: "Enregistrée dans le coffre-fort",
    fromEnvironment: "Depuis l’environnement",
    notSet: "Non définie",
    replace: "Remplacer la clé…",
    paste: "Coller la clé…",
    keyFor: (provider: string) => `Clé d’API pour ${provider}`,
    save: "Enregistrer",
    remove: "Supprimer",
    saved: "Clé enregistrée dans le trousseau du système.",
    savedInVault: "Le trousseau du système est inaccessible : la clé a donc été scellée dans le coffre-fort chiffré.",
    removed: "Clé supprimée.",
  },

  watch: {
    title: "Dossier surveillé",
    help: "Les nouvelles photos enregistrées dans ce dossier sont importées automatiquement une fois leur copie terminée (les fichiers déjà présents sont importés aussi).",
    placeholder: "/home/vous/Images/À importer",
    pathLabel: "Dossier surveillé (chemin absolu)",
    save: "Enregistrer",
    stop: "Arrêter la surveillance",
    deleteAfter: "Supprimer chaque fichier du dossier une fois sa copie chiffrée relue et vérifiée",
    osCopies:
      "Le système d’exploitation peut encore garder des copies ailleurs — dans la corbeille, des sauvegardes ou l’historique d’un service de synchronisation. Supprimer ici n’efface que ce fichier.",
  },

  dataDir: {
    title: "Dossier de données",
    help: "Pour utiliser un autre dossier, lancez Seed Studio avec {0} ou définissez {1}.",
    folderArg: "DOSSIER",
  },

  retention: {
    title: "Conservation",
    intro:
      "Combien de temps Seed Studio garde chaque type de données sur cet ordinateur avant de les détruire (d’abord la clé, puis le fichier). Durées comme {0}, {1}, {2} ou {3}.",
    unavailable: "Créez ou déverrouillez le coffre-fort dans la Galerie pour voir et modifier la conservation.",
    next: (when: string, what: string) => `Prochaine suppression\u00a0: ${when} — ${what}.`,
    nothingScheduled: "Aucune suppression n’est prévue.",
    fields: {
      originals: {
        label: "Originaux importés",
        help: "À partir de l’import ; ils partent plus tôt, dès que la tâche qui les utilise se termine.",
      },
      outputs: { label: "Images générées", help: "À partir de leur création." },
      outputsMax: {
        label: "Durée maximale d’une image générée",
        help: "La prolongation depuis la vue détaillée s’arrête ici.",
      },
      logs: { label: "Journaux de fonctionnement", help: "À partir de la dernière ligne de chaque fichier journal." },
      ledger: { label: "Entrées du registre des envois", help: "À partir de l’écriture de chacune." },
    },
    why: {
      originals: "Les originaux ne sont jamais gardés plus de 24 heures : c’est la promesse.",
      outputs: "Jusqu’à dix ans.",
      outputsMax: "Même prolongée, une image n’est gardée au plus que cette durée ; pas moins que celle des images générées.",
      logs: "Les journaux de fonctionnement ne sont jamais gardés plus de 24 heures.",
      ledger: "Jusqu’à dix ans.",
    },
    allowed: (min: string, max: string) => `Autorisé\u00a0: de ${min} à ${max}.`,
    review: "Vérifier la modification…",
    undo: "Annuler les modifications",
    deletesNow: (what: string) => `Appliquer ceci supprime immédiatement\u00a0: ${what}.`,
    cannotUndo: "Cette action est irréversible.",
    nothingNow: "Rien n’est supprimé immédiatement ; les nouvelles échéances s’appliquent à tout ce qui est stocké.",
    apply: "Appliquer",
    cancel: "Annuler",
    updated: "Conservation mise à jour. Tout ce qui a dépassé son échéance est en cours de suppression.",
  },
} satisfies typeof en;
