import type en from "../en/edit";

export default {
  open: "Editar uma área…",
  title: "Editar uma área",
  intro:
    "Pinte sobre o que deseja alterar. Só essa parte, com uma margem de contexto ao redor, é enviada; a resposta é recolocada na imagem completa neste computador, e todos os outros pixels ficam como estão.",
  prompt: "O que alterar ali",
  promptPlaceholder: "ex.: uma bicicleta vermelha encostada na parede",
  provider: "Provedor",
  margin: "Contexto ao redor da parte pintada",
  marginValue: (percent: string) => `${percent} do tamanho dela em cada lado`,
  wholeImage: "Enviar a imagem inteira",
  wholeImageHint:
    "Algumas edições precisam ver a imagem toda (para combinar com a luz ou o estilo dela). A máscara continua decidindo o que muda, mas a foto inteira sai deste computador.",
  preview: "Ver o que será enviado",
  share: (percent: string) => `Sai ${percent} da foto; o resto fica neste computador.`,
  partAlt: "A parte da foto que será enviada",
  maskAlt: "A máscara enviada junto (só o formato)",
  coversAll:
    "A máscara cobre a imagem inteira, então a imagem inteira seria enviada. Enviar mesmo assim ou pintar menos?",
  sendWhole: "Enviar a imagem inteira",
  paintLess: "Pintar menos",
  queued: "A edição está a caminho. O resultado vai aparecer na galeria, ao lado do original, quando voltar.",
  paintFirst: "Primeiro pinte sobre a parte que deseja alterar.",
  sourceGone: "A imagem em que esta edição foi feita foi excluída, então não é possível editá-la de novo.",
} satisfies typeof en;
