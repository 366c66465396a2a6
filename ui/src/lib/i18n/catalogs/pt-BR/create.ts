import type en from "../en/create";
import { plural } from "../../plural";

export default {
  subtitle: "Gere e edite imagens com o provedor de IA que você escolher.",

  noVault: {
    title: "Configure seu cofre primeiro",
    intro:
      "Criar envia um comando e, se você escolher, cópias reduzidas de fotos de referência ao provedor de IA escolhido, e guarda os resultados no seu cofre criptografado.",
    setUp: { before: "Configure o cofre na ", after: " e depois volte aqui." },
    decide:
      "Antes que qualquer coisa saia deste dispositivo, você verá exatamente o que seria enviado — sem metadados, em resolução menor — e decidirá.",
  },

  presetsTitle: "Comece com uma predefinição",
  presetsLabel: "Predefinições",
  presets: {
    figure: {
      name: "Figura colecionável",
      hint: "Transforma a pessoa ou o pet de uma foto em uma figura colecionável sobre uma mesa.",
      refs: "Referências: 1 foto da pessoa ou do pet.",
    },
    product: {
      name: "Foto publicitária de produto",
      hint: "Uma imagem publicitária limpa de um produto a partir de uma foto casual.",
      refs: "Referências: 1 foto do produto.",
    },
    style: {
      name: "Transferência de estilo",
      hint: "Redesenha uma foto no estilo de uma segunda imagem ou de um estilo indicado.",
      refs: "Referências: 1 foto de conteúdo e, opcionalmente, 1 imagem de estilo.",
    },
    background: {
      name: "Troca de fundo",
      hint: "Mantém o elemento principal e substitui tudo o que está atrás dele.",
      refs: "Referências: 1 foto do elemento principal.",
    },
  },
  fields: {
    figureStyle: { label: "Tipo de figura", placeholder: "figura de PVC em escala 1/7" },
    base: { label: "Pedestal", placeholder: "pedestal redondo de acrílico transparente" },
    setting: { label: "Cenário", placeholder: "bancada de mármore com luz suave da manhã" },
    mood: { label: "Clima", placeholder: "fresco e sofisticado" },
    style: { label: "Estilo", placeholder: "aquarela solta com contornos a nanquim" },
    background: { label: "Novo fundo", placeholder: "uma praia tranquila ao pôr do sol" },
  },

  promptTitle: "Comando",
  promptPlaceholder: "Descreva a imagem que você quer. Ctrl+Enter gera.",
  warnings: {
    email: "O comando contém o que parece ser um endereço de e-mail; o provedor vai recebê-lo.",
    phone: "O comando contém o que parece ser um número de telefone; o provedor vai recebê-lo.",
    address: "O comando contém o que parece ser um endereço residencial; o provedor vai recebê-lo.",
    other: "O comando contém o que parecem ser dados pessoais; o provedor vai recebê-los.",
  },

  refsTitle: "Imagens de referência",
  picked: (n: number) => plural("pt-BR", n, { one: "(# selecionada)", other: "(# selecionadas)" }),
  importing: (n: number) => plural("pt-BR", n, { one: "Importando # arquivo…", other: "Importando # arquivos…" }),
  noImages:
    "Ainda não há imagens no cofre. Solte fotos aqui ou importe-as na Galeria para usá-las como referência.",
  dropHint:
    "Solte arquivos aqui para importá-los e selecioná-los. Só saem cópias reduzidas: sem metadados, em resolução menor, com nomes aleatórios.",
  imageAlt: "Imagem",

  optionsTitle: "Provedor e resultado",
  provider: "Provedor",
  model: "Modelo",
  size: "Tamanho",
  count: "Quantidade",
  sizes: {
    providerDefault: "Padrão do provedor",
    square: "Quadrado 1:1",
    landscape: "Paisagem 4:3",
    portrait: "Retrato 3:4",
    photo: "Foto 3:2",
    photoPortrait: "Foto em retrato 2:3",
    wide: "Widescreen 16:9",
    tall: "Vertical 9:16",
    cinema: "Cinemático 21:9",
  },
  generate: "Gerar",
  preparing: "Preparando…",
  provenance:
    "Os resultados mantêm os dados de procedência incorporados pelo provedor (C2PA, EXIF/XMP); marcas d'água invisíveis, como o SynthID do Google, fazem parte dos pixels e permanecem.",

  recentTitle: "Tarefas recentes",

  preview: {
    sizeChanged: (model: string, asked: string, sent: string) => `${model} não gera ${asked}; será pedido ${sent}, o tamanho mais próximo que ele oferece.`,
    title: "Isto é exatamente o que vai sair do seu computador",
    to: "Destino",
    model: "Modelo",
    prompt: "Comando",
    promptChars: (n: number) => plural("pt-BR", n, { one: "# caractere", other: "# caracteres" }),
    images: "Imagens",
    none: "nenhuma",
    imageAlt: (n: number) => `Referência ${n} como será enviada`,
    sentAs: "enviada como",
    metadata: "Não inclui localização, dados da câmera nem outros metadados; os pixels foram recodificados.",
    termsLead: (provider: string) => `O que ${provider} declara fazer com isso:`,
    consentNeeded: "Seu consentimento é necessário.",
    consentBody: (scope: string) =>
      `Ao enviar, ele é registrado com estas palavras: “${scope}” Você pode retirá-lo a qualquer momento na página Privacidade.`,
    send: "Enviar",
    allowAndSend: "Permitir e enviar",
  },

  terms: {
    gemini:
      "API paga: comandos, imagens e resultados não são usados para treinar modelos; são mantidos por até 55 dias para monitoramento de abuso, e projetos criados após 2026-10-26 armazenam as solicitações por 55 dias por padrão. Nível gratuito: podem ser usados para melhorar produtos do Google e lidos por revisores.",
    openai:
      "Entradas e saídas da API não são usadas para treinamento por padrão; são mantidas por até 30 dias para monitoramento de abuso.",
    seedream:
      "O Ark mantém entradas e saídas para monitoramento de abuso segundo os termos da BytePlus/Volcengine; os resultados são devolvidos na própria resposta (nada fica hospedado).",
    kling:
      "Não há declaração publicada específica da API sobre retenção ou treinamento; os vídeos prontos ficam nos servidores da Kling por cerca de 30 dias, atrás de um link. O Seed Studio baixa o vídeo uma única vez e o guarda só no seu cofre.",
    seedance:
      "O Ark mantém entradas e saídas para monitoramento de abuso segundo os termos da BytePlus/Volcengine; o vídeo pronto fica hospedado atrás de um link temporário (cerca de 24 horas), do qual o Seed Studio o baixa uma única vez para o seu cofre.",
  },
  consentScope: (provider: string, terms: string) =>
    `O Seed Studio pode enviar a ${provider} seus comandos e cópias reduzidas das imagens de referência que você escolher (sem metadados, em resolução menor, com nomes aleatórios), para as tarefas que você iniciar. ${terms}`,
} satisfies typeof en;
