import type en from "../en/mask";

export default {
  title: "Área de edição",
  tools: "Ferramentas de máscara",
  brush: "Pincel",
  eraser: "Borracha",
  size: "Tamanho",
  hardness: "Dureza",
  invert: "Inverter",
  clear: "Limpar tudo",
  undo: "Desfazer",
  redo: "Refazer",
  zoomIn: "Ampliar",
  zoomOut: "Reduzir",
  fit: "Ajustar",
  canvasLabel:
    "Imagem: pinte sobre a parte que deseja alterar. B pincel, E borracha, [ e ] tamanho do pincel; role ou pressione + e − para dar zoom; segure a barra de espaço e arraste, ou use as teclas de seta, para mover",
  coverage: (percent: string) => `Selecionado: ${percent} da imagem`,
  empty: "Nada selecionado ainda: pinte sobre a parte da imagem que deseja alterar.",
} satisfies typeof en;
