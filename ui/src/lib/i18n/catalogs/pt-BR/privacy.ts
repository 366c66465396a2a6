import type en from "../en/privacy";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (x: number) => formatNumber("pt-BR", x);
const images = (x: number) => plural("pt-BR", x, { one: "# imagem", other: "# imagens" });
const tasks = (x: number) => plural("pt-BR", x, { one: "# tarefa", other: "# tarefas" });
const entries = (x: number) => plural("pt-BR", x, { one: "# entrada do registro de envios", other: "# entradas do registro de envios" });

export default {
  subtitle: "O que fica guardado, onde, quem pode receber e tudo o que já saiu deste dispositivo.",

  notices: {
    exported: (i: number, t: number, e: number, path: string) =>
      `Exportação concluída: ${images(i)}, ${tasks(t)} e ${entries(e)} em ${path}`,
    backedUp: (i: number, t: number, e: number, path: string) =>
      `Backup concluído: ${images(i)}, ${tasks(t)} e ${entries(e)} em ${path}`,
    restored: (originals: number, outputs: number, t: number, duplicates: number) =>
      `Restauração concluída: ${plural("pt-BR", originals, { one: "# original", other: "# originais" })}, ${plural("pt-BR", outputs, { one: "# imagem gerada", other: "# imagens geradas" })} e ${tasks(t)}; ${plural("pt-BR", duplicates, { one: "# imagem já estava", other: "# imagens já estavam" })} aqui.`,
    taskDeleted: (files: number, e: number) =>
      `Tarefa excluída, com ${plural("pt-BR", files, { one: "# arquivo armazenado", other: "# arquivos armazenados" })} e suas chaves, e ${entries(e)}.`,
    stopped: {
      export: "A exportação foi interrompida.",
      backup: "O backup foi interrompido.",
      restore: "A restauração foi interrompida.",
    },
    diagnosticsCopied:
      "Diagnóstico copiado para a área de transferência. Ele não contém chaves, comandos, nomes de arquivo nem caminhos da sua pasta pessoal.",
  },

  inventory: {
    title: "O que está guardado",
    kinds: {
      original: "Originais",
      output: "Imagens geradas",
      thumbnail: "Miniaturas",
    },
    ledgerEntries: "Entradas do registro de envios",
    logFiles: "Arquivos do log de operação",
    oldest: (date: string) => `Item mais antigo: ${date}.`,
    nextDeletion: (date: string, what: string) => `Próxima exclusão em ${date}: ${what}.`,
    nothingScheduled: "Nenhuma exclusão programada.",
    nothing: "nada",
    originals: (x: number) => plural("pt-BR", x, { one: "# original", other: "# originais" }),
    outputs: (x: number) => plural("pt-BR", x, { one: "# imagem gerada", other: "# imagens geradas" }),
    thumbnails: (x: number) => plural("pt-BR", x, { one: "# miniatura", other: "# miniaturas" }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `Proteção: imagens seladas com ${objectCipher}; índice criptografado com ${indexCipher}; chave mestra selada pela sua frase secreta (Argon2id).`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `Proteção: imagens seladas com ${objectCipher}; índice criptografado com ${indexCipher}; chave mestra no chaveiro do sistema.`,
  },

  export: {
    title: "Exportar",
    zip: "em um único arquivo .zip",
    strip: "remover metadados incorporados (EXIF, XMP, C2PA)",
    all: "Exportar tudo",
    saveAs: "Salvar como…",
    where:
      "As exportações vão para `Pictures/Seed Studio exports` (ou para onde você escolher em Salvar como…): imagens descriptografadas com nomes legíveis e um `manifest.json` que descreve tarefas, comandos, provedores e o registro de envios.",
  },

  progress: {
    export: (done: number, total: number) => `Exportando ${n(done)} de ${n(total)}…`,
    backup: (done: number, total: number) => `Fazendo backup de ${n(done)} de ${n(total)}…`,
    restore: (done: number, total: number) => `Restaurando ${n(done)} de ${n(total)}…`,
  },

  backup: {
    title: "Backup criptografado",
    about:
      "Um único arquivo com todas as imagens, tarefas e entradas do registro de envios, selado com uma frase secreta (o formato aberto `age`), para guardar resultados além do prazo de retenção ou levá-los para outro computador. Sem a frase secreta ninguém consegue abri-lo — nem você. A restauração devolve as imagens e tarefas a este cofre e ignora o que já está aqui.",
    passphrase: "Frase secreta do backup",
    again: "Repita para fazer o backup",
    againLabel: "Repita a frase secreta do backup",
    make: "Fazer um backup…",
    restore: "Restaurar um backup…",
    restoreNeedsPassphrase: "Digite primeiro a frase secreta do backup",
    tooShort: (min: number) =>
      `A frase secreta do backup precisa ter pelo menos ${plural("pt-BR", min, { one: "# caractere", other: "# caracteres" })}.`,
    differ: "As duas frases secretas são diferentes.",
  },

  lookup: {
    title: "Consultar uma tarefa",
    placeholder: "Cole o ID de uma tarefa",
    label: "ID da tarefa",
    show: "Mostrar",
    thisDevice: "este dispositivo",
    reference: "referência",
    result: "resultado",
    until: (date: string) => `até ${date}`,
    kept: "mantida",
    summary: (requests: number, changes: number) =>
      `${plural("pt-BR", requests, { one: "# solicitação enviada", other: "# solicitações enviadas" })}; ${plural("pt-BR", changes, { one: "# mudança de status registrada", other: "# mudanças de status registradas" })}.`,
    exportTask: "Exportar esta tarefa",
    deleteTask: "Excluir esta tarefa…",
    deleteConfirm: (i: number, e: number) =>
      `Isso exclui ${images(i)} com suas miniaturas e chaves, ${entries(e)} e o histórico da tarefa.`,
    keep: "Manter",
    sentTitle: "O que saiu do dispositivo",
    sentShow: "Mostrar o que foi enviado",
    sentSame: "Refeita neste dispositivo a partir da referência: idêntica ao que foi enviado (o SHA-256 dela está no registro).",
    sentDiffers:
      "Refeita neste dispositivo, mas diferente do que foi enviado: uma configuração que a define (o limite de tamanho de um provedor) mudou desde então. O registro guarda o que saiu.",
    sentGone:
      "As referências e as cópias enviadas foram apagadas quando a tarefa terminou; o registro guarda o tamanho, os níveis e o SHA-256 de cada parte (acima).",
  },

  location: {
    title: "Onde seus dados ficam",
    noTelemetry: "Nada é gravado em nenhum outro lugar. Nenhuma telemetria é coletada, nunca.",
  },

  keys: {
    title: "Chaves",
    working: "funcionando",
    unreachable: "inacessível",
    checking: "Verificando…",
    about: "As chaves de API dos provedores ficam no chaveiro do sistema (ou, quando ele não está acessível, seladas dentro do cofre protegido por frase secreta), nunca em arquivos sem criptografia ou logs.",
  },

  consents: {
    title: "Quem pode receber suas imagens",
    about: "Nada é enviado a um provedor sem o seu consentimento. Ao retirá-lo, novas solicitações param na hora.",
    none: "Nenhum provedor tem o seu consentimento. Você será consultado na primeira vez que enviar algo a um deles.",
    allowedSince: (date: string) => `permitido desde ${date}`,
    notAllowed: "não permitido",
    withdraw: "Retirar",
    allow: "Permitir",
  },

  troubleshooting: {
    title: "Solução de problemas",
    about:
      "O log de operação das últimas 24 horas registra o que aconteceu (ações, provedores, resultados, erros) e nunca comandos, chaves, imagens ou nomes de arquivo. O diagnóstico acrescenta versões e configurações, para relatar um bug.",
    showLog: "Mostrar o log",
    copyDiagnostics: "Copiar diagnóstico",
    logLabel: "Log de operação",
    diagnosticsLabel: "Diagnóstico",
    omitted: (x: number) => `… ${plural("pt-BR", x, { one: "# linha anterior", other: "# linhas anteriores" })}`,
    empty: "O log está vazio.",
  },

  erase: {
    title: "Apagar tudo",
    about:
      "Destrói a chave mestra do cofre (assim nada do que está guardado pode ser lido de novo) e depois exclui todas as imagens, miniaturas, o índice, o registro de envios, os logs e as configurações, retira todos os consentimentos e remove as chaves de API dos provedores do chaveiro. O Seed Studio então começa do zero. Não é possível desfazer; exporte antes se quiser uma cópia.",
    howTo: "Para confirmar, digite a palavra ERASE em letras maiúsculas (em inglês, exatamente assim).",
    placeholder: "Digite ERASE",
    label: "Digite ERASE para confirmar",
    button: "Apagar tudo",
    erasing: "Apagando…",
  },

  ledger: {
    title: "Registro de envios",
    emptyTitle: "Nada saiu deste dispositivo",
    emptyBody:
      "Cada solicitação a um provedor de IA é registrada aqui: qual provedor, quando, para qual tarefa e, para cada imagem, o tamanho, as dimensões e a impressão digital — para você ver exatamente o que foi enviado.",
    provider: "Provedor",
    allProviders: "Todos os provedores",
    filter: "Filtrar",
    filterPlaceholder: "ID da tarefa, host ou impressão digital da imagem",
    shown: (shown: number, total: number) =>
      `${n(shown)} de ${plural("pt-BR", total, { one: "# solicitação", other: "# solicitações" })}`,
    when: "Quando",
    to: "Para",
    what: "O quê",
    answer: "Resposta",
    task: "Tarefa",
    promptChars: (x: number) => plural("pt-BR", x, { one: "# caractere de comando", other: "# caracteres de comando" }),
    noAnswer: "sem resposta",
    openTask: "Ver esta tarefa em Tarefas",
  },
} satisfies typeof en;
