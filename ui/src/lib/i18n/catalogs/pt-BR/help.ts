import type en from "../en/help";

export default {
  improve: "Melhorar o comando",
  improveHint: "Um modelo de texto reescreve seu comando com mais detalhes; você compara os dois antes de qualquer mudança.",
  textModel: "Modelo de texto",
  expand: "Expandir neste dispositivo",
  expandHint: "Acrescenta composição, iluminação, cores e detalhes a uma ideia curta, em inglês, sem usar a rede.",
  waiting: (provider: string) => `Aguardando ${provider}…`,
  stopWaiting: "Parar de aguardar",

  compare: "Seu comando e a sugestão",
  yours: "Seu comando",
  suggestedBy: (provider: string) => `Sugerido por ${provider}`,
  expanded: "Expandido neste dispositivo",
  useNew: "Usar o novo comando",
  keepMine: "Manter o meu",

  sendsText: (provider: string) => `Só o texto do seu comando é enviado para ${provider}; nenhuma imagem.`,
  sendsImage: (provider: string) =>
    `Só uma cópia reduzida desta imagem é enviada para ${provider} (sem metadados, em resolução menor); nem o comando nem outras imagens.`,
  consentNeeded: (provider: string) => `Você ainda não permitiu o envio para ${provider}.`,
  consentBody:
    "Permitir dá o mesmo consentimento que Criar pede antes de enviar, e você pode retirá-lo a qualquer momento na página Privacidade. Cada solicitação fica no registro de envios.",
  allow: "Permitir e pedir",
  offlineExpand: "As predefinições ainda podem expandir sua ideia em um comando completo neste dispositivo, sem rede.",
  offlineDescribe: "Descrever uma imagem exige um provedor: desative o modo offline em Configurações para pedir a um.",
  missingKey: (provider: string, shortcut: string) =>
    `Adicione uma chave de API de ${provider} em Configurações (${shortcut}) ou escolha o outro modelo de texto.`,

  describe: "Descrever esta imagem",
  describeHint: "Um modelo de texto escreve o comando que recriaria esta imagem.",
  described: (provider: string) => `Comando sugerido por ${provider}`,
  copy: "Copiar",
  copied: "Copiado.",
  useInCreate: "Usar em Criar",
} satisfies typeof en;
