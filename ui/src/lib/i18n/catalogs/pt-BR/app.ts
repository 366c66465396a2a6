import type en from "../en/app";
import { plural } from "../../plural";

export default {
  sections: {
    gallery: "Galeria",
    create: "Criar",
    idphoto: "Foto para documento",
    tasks: "Tarefas",
    privacy: "Privacidade",
    settings: "Configurações",
  },
  nav: {
    label: "Seções",
    lock: "Bloquear",
    about: "Sobre",
    local: "Só local",
    localTitle: "Imagens e chaves ficam neste dispositivo",
  },
  keyringBanner: (detail: string | null) =>
    `Não foi possível acessar o chaveiro do sistema${detail ? ` (${detail})` : ""}. Proteja o cofre com uma frase secreta; assim, as chaves de API dos provedores ficam seladas dentro do cofre.`,
  fatal: {
    title: "O Seed Studio não consegue abrir seus dados",
    help: (file: string) =>
      `Nada foi alterado nem excluído. Corrija ou remova ${file} na pasta de dados e abra o Seed Studio de novo.`,
  },
  about: {
    title: "Sobre o Seed Studio",
    tagline: "Suas fotos continuam suas: imagens e chaves ficam neste dispositivo, criptografadas.",
    version: "Versão",
    dataFolder: "Pasta de dados",
    settingsFile: "Arquivo de configurações",
    notCreatedYet: "ainda não criado, valores padrão em uso",
    logs: "Arquivos de log",
    keyring: "Chaveiro",
    keyringWorking: "funcionando",
    keyringNotReachable: "inacessível",
    vault: "Cofre",
    vaultNone: "ainda não existe",
    vaultStates: { open: "aberto", locked: "bloqueado", error: "com erro", none: "nenhum" },
    vaultInKeyring: (state: string) => `chave no chaveiro do sistema, ${state}`,
    vaultByPassphrase: (state: string) => `protegido por frase secreta, ${state}`,
    encryption: "Criptografia",
    encryptionImages: (cipher: string) => `imagens: ${cipher}`,
    encryptionIndex: (sqlcipher: string, sqlite: string) => `índice: SQLCipher ${sqlcipher} (SQLite ${sqlite})`,
    checking: "Verificando…",
  },
  lock: {
    title: "O Seed Studio está bloqueado",
    bodyVaultPassphrase:
      "Suas imagens e as chaves delas saíram da memória. As exclusões programadas continuam acontecendo no horário. Digite a frase secreta do cofre.",
    bodyLockPassphrase:
      "Suas imagens e as chaves delas saíram da memória. As exclusões programadas continuam acontecendo no horário. Digite a frase secreta de bloqueio.",
    passphrase: "Frase secreta",
    unlock: "Desbloquear",
    unlocking: "Desbloqueando…",
  },
  vaultSetup: {
    createTitle: "Configure seu cofre privado",
    unlockTitle: "Desbloqueie seu cofre",
    createIntro:
      "As fotos que você importar ficam guardadas aqui criptografadas, cada uma com sua própria chave, e são excluídas automaticamente: os originais importados em até 24 horas. A chave mestra do cofre fica neste computador.",
    unlockIntro: "Este cofre é protegido por uma frase secreta. Nada dele pode ser exibido até você digitá-la.",
    keyQuestion: "Onde a chave deve ficar?",
    keyInKeyring: "No chaveiro do sistema (recomendado: nada para lembrar)",
    keyInKeyringUnavailable: "No chaveiro do sistema (inacessível neste sistema)",
    keyBehindPassphrase: "Protegida por uma frase secreta que eu escolho (se ela for perdida, o cofre não poderá ser aberto)",
    passphrase: "Frase secreta",
    repeat: "Repita a frase",
    hint: "Pelo menos 10 caracteres. Abrir leva cerca de um segundo: é isso que torna lento adivinhar.",
    create: "Criar o cofre",
    unlock: "Desbloquear",
    working: "Processando…",
  },
  time: {
    kept: "mantido até você excluir",
    beingDeleted: "sendo excluído",
    deletedInMinutes: (n: number) => plural("pt-BR", n, { other: "excluído em # min" }),
    deletedInHours: (n: number) => plural("pt-BR", n, { other: "excluído em # h" }),
    deletedInDays: (n: number) => plural("pt-BR", n, { one: "excluído em # dia", other: "excluído em # dias" }),
    nothing: "nada",
    originals: (n: number) => plural("pt-BR", n, { one: "# original", other: "# originais" }),
    outputs: (n: number) => plural("pt-BR", n, { one: "# imagem gerada", other: "# imagens geradas" }),
    thumbnails: (n: number) => plural("pt-BR", n, { one: "# miniatura", other: "# miniaturas" }),
    logFiles: (n: number) => plural("pt-BR", n, { one: "# arquivo de log", other: "# arquivos de log" }),
    ledgerEntries: (n: number) =>
      plural("pt-BR", n, { one: "# entrada do registro de envios", other: "# entradas do registro de envios" }),
  },
} satisfies typeof en;
