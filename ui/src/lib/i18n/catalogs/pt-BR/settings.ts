import type en from "../en/settings";

export default {
  subtitle:
    "Aparência, retenção, execução em segundo plano, chaves dos provedores, a pasta monitorada e onde seus dados ficam.",
  loading: "Carregando…",
  notSaved: "Nada foi alterado: as configurações continuam como estavam.",

  appearance: {
    title: "Aparência",
    language: "Idioma",
    languageSystem: (name: string) => `Idioma do sistema (${name})`,
    languageHelp: "A janela muda de idioma na hora.",
    theme: "Tema",
    themes: { system: "Seguir o sistema", light: "Claro", dark: "Escuro" },
  },

  logs: {
    title: "Log de operação",
    level: "Nível de detalhe",
    levels: { error: "Somente erros", warn: "Avisos", info: "Padrão", debug: "Solução de problemas" },
    help: "Os logs nunca contêm comandos, chaves, imagens ou nomes de arquivos. Vale a partir da próxima inicialização.",
  },

  background: {
    title: "Execução em segundo plano",
    help: "As exclusões só acontecem no prazo enquanto o Seed Studio está em execução. Fechado, ele continua rodando na bandeja do sistema (abra de novo por lá ou encerre). Quando ele não está rodando de jeito nenhum, tudo o que expirou é excluído assim que ele inicia, antes de qualquer coisa ser exibida.",
    closeToTray: "Fechar a janela mantém o Seed Studio rodando na bandeja do sistema",
    startAtLogin: "Iniciar o Seed Studio na bandeja quando eu entrar no sistema",
  },

  lock: {
    title: "Bloqueio do app",
    help: "Bloqueado, o Seed Studio não mostra nada do cofre e apaga as chaves da memória; as exclusões continuam acontecendo no prazo. Bloqueie pelo botão na parte de baixo da barra lateral ou com {0}.",
    byVault: "A frase secreta do seu cofre faz o desbloqueio.",
    newPassphrase: "Nova frase secreta de bloqueio…",
    choosePassphrase: "Escolha uma frase secreta de bloqueio (8 caracteres ou mais)…",
    passphraseLabel: "Frase secreta de bloqueio",
    save: "Salvar",
    remove: "Remover",
    saved: "Frase secreta de bloqueio salva (como hash Argon2id).",
    removed: "Frase secreta de bloqueio removida.",
    idle: "Bloquear automaticamente",
    never: "Nunca",
    after: (duration: string) => `Após ${duration}`,
    lockNow: "Bloquear agora",
  },

  network: {
    title: "Rede e provedores",
    offline: "Modo offline",
    offlineHelp: "Nada sai deste computador; tarefas para provedores na nuvem são recusadas.",
    provider: "Provedor",
    model: "Modelo",
    atOnce: "Simultâneas",
    preview: "Prévia antes de enviar",
    modelOf: (provider: string) => `Modelo do ${provider}`,
    atOnceOf: (provider: string) => `Tarefas simultâneas do ${provider}`,
    showWhatLeaves: "mostrar o que vai sair",
    timeout: "Um provedor que não responder em {0} falha com uma mensagem clara ({1} no config.toml).",
    previewHelp:
      "Desmarque a prévia só para um provedor em que você confia: as tarefas dele saem assim que você clicar em {0}, ainda reduzidas e anotadas no registro de envios.",
  },

  keys: {
    title: "Chaves de API dos provedores",
    help: "Guardadas no chaveiro do sistema ou, se ele não estiver acessível, seladas no cofre criptografado. O Seed Studio nunca mostra de novo uma chave guardada, nunca a grava sem criptografia em um arquivo e só a envia ao respectivo provedor.",
    stored: "Guardada",
    storedInVault: "Guardada no cofre",
    fromEnvironment: "Do ambiente",
    notSet: "Não definida",
    replace: "Substituir chave…",
    paste: "Colar chave…",
    keyFor: (provider: string) => `Chave de API do ${provider}`,
    save: "Salvar",
    remove: "Remover",
    saved: "Chave salva no chaveiro do sistema.",
    savedInVault: "O chaveiro do sistema não está acessível, então a chave foi selada no cofre criptografado.",
    removed: "Chave removida.",
  },

  watch: {
    title: "Pasta monitorada",
    help: "Fotos novas salvas nesta pasta são importadas automaticamente assim que terminam de ser copiadas (os arquivos que já estão nela também são importados).",
    placeholder: "/home/voce/Imagens/Para importar",
    pathLabel: "Pasta monitorada (caminho absoluto)",
    save: "Salvar",
    stop: "Parar de monitorar",
    deleteAfter: "Excluir cada arquivo da pasta depois que a cópia criptografada for lida de volta e verificada",
    osCopies:
      "O sistema operacional ainda pode manter cópias em outros lugares — na lixeira, em backups ou no histórico de um serviço de sincronização. Excluir aqui remove apenas este arquivo.",
  },

  dataDir: {
    title: "Pasta de dados",
    help: "Para usar outra pasta, inicie o Seed Studio com {0} ou defina {1}.",
    folderArg: "PASTA",
  },

  retention: {
    title: "Retenção",
    intro:
      "Por quanto tempo o Seed Studio guarda cada tipo de dado neste computador antes de destruí-lo (primeiro a chave, depois o arquivo). Durações como {0}, {1}, {2} ou {3}.",
    unavailable: "Crie ou desbloqueie o cofre na Galeria para ver e alterar a retenção.",
    next: (when: string, what: string) => `Próxima exclusão: ${when} — ${what}.`,
    nothingScheduled: "Nenhuma exclusão programada.",
    fields: {
      originals: {
        label: "Originais importados",
        help: "A partir da importação; saem antes, assim que termina a tarefa que os usa.",
      },
      outputs: { label: "Imagens geradas", help: "A partir de quando foram criadas." },
      outputsMax: {
        label: "Prazo máximo de uma imagem gerada",
        help: "Estender o prazo na visualização de detalhes vai no máximo até aqui.",
      },
      logs: { label: "Logs de operação", help: "A partir da última linha de cada arquivo de log." },
      ledger: { label: "Entradas do registro de envios", help: "A partir de quando cada uma foi gravada." },
    },
    why: {
      originals: "Originais nunca são guardados por mais de 24 horas: essa é a promessa.",
      outputs: "Até dez anos.",
      outputsMax: "Mesmo estendida, uma imagem fica no máximo este tempo; não menos que o prazo das imagens geradas.",
      logs: "Logs de operação nunca são guardados por mais de 24 horas.",
      ledger: "Até dez anos.",
    },
    allowed: (min: string, max: string) => `Permitido: de ${min} a ${max}.`,
    review: "Revisar alteração…",
    undo: "Desfazer",
    deletesNow: (what: string) => `Aplicar isto exclui imediatamente: ${what}.`,
    cannotUndo: "Isso não pode ser desfeito.",
    nothingNow: "Nada é excluído imediatamente; os novos prazos valem para tudo o que está guardado.",
    apply: "Aplicar",
    cancel: "Cancelar",
    updated: "Retenção atualizada. O que já passou do prazo está sendo excluído.",
  },
} satisfies typeof en;
