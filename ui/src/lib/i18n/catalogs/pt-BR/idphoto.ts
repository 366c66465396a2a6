import type en from "../en/idphoto";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Fotos para passaporte e visto, feitas inteiramente neste dispositivo.",
  noVaultTitle: "Configure seu cofre primeiro",
  noVaultBody: (gallery: string) =>
    `Escolha um retrato e um documento (passaporte dos EUA, visto Schengen, Reino Unido, Canadá, Índia, China e mais 25). O Seed Studio encontra o rosto, recorta de acordo com as regras oficiais de tamanho da cabeça e altura dos olhos, troca o fundo e verifica o resultado, sem enviar seu rosto para lugar nenhum. Configure o cofre em *${gallery}* primeiro.`,

  stepPhoto: "1. Foto",
  importPhotos: "Importar fotos…",
  importing: "Importando…",
  noPhotos: "Nenhuma foto ainda. Importe um retrato tirado em frente a uma parede lisa, olhando para a câmera.",
  photoAlt: "Foto",
  pickHint: "Escolha uma foto para pré-visualizá-la; escolha várias para fazer todas com as mesmas configurações.",
  batchWorking: "Processando…",
  batchSaved: "Salva",
  batchSavedWithFails: (n: number) =>
    plural("pt-BR", n, { one: "Salva, # verificação reprovada", other: "Salva, # verificações reprovadas" }),

  stepDocument: "2. Documento",
  searchPlaceholder: "Pesquisar por país ou documento",
  searchLabel: "Pesquisar documentos",
  documentLabel: "Documento",
  noMatch: "Nenhum documento corresponde à pesquisa.",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height} mm a ${dpi} dpi`,
  summaryHeadHair: (lo: string, hi: string) => `cabeça de ${lo} a ${hi} mm (do queixo ao topo do cabelo)`,
  summaryHeadSkull: (lo: string, hi: string) => `cabeça de ${lo} a ${hi} mm (do queixo ao topo da cabeça, sem o cabelo)`,
  summaryEyes: (lo: string, hi: string) => `olhos a ${lo}–${hi} mm da borda inferior`,
  sourceOfficial: (date: string) => `Fonte: a autoridade emissora, ${date}.`,
  sourceSecondary: (date: string) => `Fonte: uma compilação secundária, ${date}.`,
  docs: {
    "us-passport": { document: "Passaporte" },
    "us-visa": { document: "Visto (DS-160)" },
    "us-dv-lottery": { document: "Loteria de vistos de diversidade" },
    "schengen-visa": { country: "Espaço Schengen", document: "Visto (OACI 35×45)" },
    "de-passport": { document: "Passaporte / carteira de identidade" },
    "fr-passport": { document: "Passaporte / carteira de identidade" },
    "it-passport": { document: "Passaporte" },
    "at-passport": { document: "Passaporte" },
    "be-passport": { document: "Passaporte / eID" },
    "hr-passport": { document: "Passaporte" },
    "gb-passport": { document: "Passaporte" },
    "ie-passport": { document: "Passaporte" },
    "gr-passport": { document: "Passaporte" },
    "ee-passport": { document: "Passaporte / carteira de identidade" },
    "ca-passport": { document: "Passaporte" },
    "ca-visa": { document: "Visto / residência permanente (IRCC)" },
    "au-passport": { document: "Passaporte" },
    "in-passport": { document: "Passaporte" },
    "in-evisa": { document: "Visto eletrônico" },
    "cn-passport": { document: "Passaporte" },
    "cn-visa": { document: "Visto" },
    "jp-passport": { document: "Passaporte" },
    "kr-passport": { document: "Passaporte" },
    "br-passport": { document: "Passaporte" },
    "mx-passport": { document: "Passaporte" },
    "co-passport": { document: "Passaporte" },
    "lb-passport": { document: "Passaporte" },
    "sg-passport": { document: "Passaporte" },
    "nz-passport": { document: "Passaporte" },
    "ch-passport": { document: "Passaporte / carteira de identidade" },
    "icao-35x45": { country: "Qualquer (OACI)", document: "Foto genérica OACI 9303, 35×45 mm" },
  },

  stepLook: "3. Fundo e ajuste fino",
  colours: {
    white: "Branco",
    lightGrey: "Cinza-claro",
    lightBlue: "Azul-claro",
    blue: "Azul",
    red: "Vermelho",
  },
  customColour: "Cor personalizada",
  keepBackground: "manter o fundo original",
  rejectsReplaced:
    "A autoridade deste documento recusa fotos com o fundo trocado: mantenha o original, tirado em frente a uma parede lisa e clara.",
  headSize: "Tamanho da cabeça",
  upDown: "Para cima / para baixo (mm)",
  leftRight: "Esquerda / direita (mm)",
  autoLight: "corrigir levemente a exposição e o balanço de branco",

  preview: "Pré-visualização",
  previewAlt: "Pré-visualização recortada no tamanho do documento",
  previewEmpty: "Escolha uma foto para vê-la aqui com as guias e o relatório de conformidade.",
  legend: (headMm: string, share: string) =>
    `Sombreado: onde o topo da cabeça (e os olhos) pode ficar. Linhas: topo da cabeça, olhos e queixo medidos. Cabeça de ${headMm} mm, ${share} da altura.`,
  report: "Relatório de conformidade",
  status: { pass: "Aprovado:", warn: "Atenção:", fail: "Reprovado:" },
  checks: {
    oneFace: "Exatamente um rosto, inteiro dentro da foto",
    headHeight: {
      within: (value: string, lo: string, hi: string) =>
        `A cabeça (do queixo ao topo) tem ${value} mm, dentro dos ${lo}–${hi} mm exigidos`,
      below: (value: string, lo: string, hi: string) =>
        `A cabeça (do queixo ao topo) tem ${value} mm, abaixo dos ${lo}–${hi} mm exigidos`,
      above: (value: string, lo: string, hi: string) =>
        `A cabeça (do queixo ao topo) tem ${value} mm, acima dos ${lo}–${hi} mm exigidos`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) =>
        `A linha dos olhos está a ${value} mm da borda inferior, dentro dos ${lo}–${hi} mm exigidos`,
      below: (value: string, lo: string, hi: string) =>
        `A linha dos olhos está a ${value} mm da borda inferior, abaixo dos ${lo}–${hi} mm exigidos`,
      above: (value: string, lo: string, hi: string) =>
        `A linha dos olhos está a ${value} mm da borda inferior, acima dos ${lo}–${hi} mm exigidos`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) =>
        `O espaço acima da cabeça é de ${value} mm, dentro dos ${lo}–${hi} mm exigidos`,
      below: (value: string, lo: string, hi: string) =>
        `O espaço acima da cabeça é de ${value} mm, abaixo dos ${lo}–${hi} mm exigidos`,
      above: (value: string, lo: string, hi: string) =>
        `O espaço acima da cabeça é de ${value} mm, acima dos ${lo}–${hi} mm exigidos`,
      touches: "O topo da cabeça encosta na borda",
    },
    level: {
      pass: "Os olhos estão nivelados no resultado",
      fail: (degrees: string) => `A cabeça ainda está inclinada ${degrees}° no resultado; use uma foto com a cabeça reta`,
    },
    roll: {
      level: "A cabeça está reta",
      levelled: (degrees: string) => `A cabeça estava inclinada ${degrees}° e foi endireitada`,
      tooTilted: (degrees: string) =>
        `A cabeça estava inclinada ${degrees}°; foi endireitada, mas uma foto mais reta fica melhor`,
    },
    yaw: {
      pass: "O rosto olha de frente para a câmera",
      warn: "O rosto está um pouco virado; olhe bem de frente para a câmera",
      fail: "O rosto está virado para o lado; olhe para a câmera",
    },
    eyesOpen: {
      pass: "Os dois olhos estão abertos",
      warn: "Os olhos parecem semicerrados",
      fail: "Os olhos parecem fechados",
    },
    mouthClosed: {
      pass: "A boca está fechada",
      warn: "A boca parece um pouco aberta; mantenha uma expressão neutra",
      fail: "A boca está aberta; mantenha-a fechada",
      smile: "Os dentes aparecem no sorriso; este documento aceita um sorriso natural, não a boca aberta",
    },
    background: {
      replaced: "O fundo foi trocado por uma cor lisa",
      rejected: "Esta autoridade recusa fotos com o fundo trocado; escolha “manter o fundo original”",
      unmeasured: "Não foi possível avaliar o fundo (aparece muito pouco dele); confira você mesmo",
      plain: "O fundo é liso e claro",
      notQuitePlain: "O fundo não está totalmente liso ou claro; verifique se há sombras e padrões",
      notPlain: "O fundo não é liso; use uma parede lisa ou troque o fundo",
    },
    exposure: {
      unmeasured: "Não foi possível medir a luz do rosto",
      even: "O rosto está iluminado por igual",
      ratherDark: "O rosto está um tanto escuro",
      ratherBright: "O rosto está um tanto claro",
      tooDark: "O rosto está escuro demais",
      overexposed: "O rosto está superexposto",
    },
    sharpness: {
      pass: "O rosto está em foco",
      warn: "O rosto parece um pouco suave",
      fail: "O rosto está desfocado",
    },
    resolution: {
      pass: "A foto tem detalhes suficientes para este tamanho",
      warn: (factor: string) => `O rosto foi ampliado ${factor}×; uma foto mais próxima ou mais nítida seria melhor`,
      fail: (factor: string) => `O rosto foi ampliado ${factor}×: a foto é pequena demais; tire mais de perto`,
    },
    coverage: {
      filled: (share: string) => `Parte do enquadramento (${share}) ficou fora da foto; foi preenchida com a cor de fundo`,
      extended: (share: string) => `Parte do enquadramento (${share}) fica fora da foto; as bordas foram estendidas`,
    },
    frameBottom: {
      pass: "A foto chega até a borda de baixo do enquadramento",
      fail: (mm: string) =>
        `A foto termina ${mm} mm acima de onde os ombros deveriam estar: tire-a de mais longe`,
    },
    frameSides: {
      pass: "A foto chega às laterais do enquadramento na altura dos ombros",
      fail: (mm: string) =>
        `A foto termina ${mm} mm para dentro da lateral do enquadramento na altura dos ombros: tire-a de mais longe`,
    },
    hair: {
      pass: "O cabelo está dentro do enquadramento",
      warn: "O cabelo encosta na borda de cima da foto; com a cabeça um pouco menor ou mais baixa, ele fica dentro",
    },
    backgroundRemnants: {
      pass: "Não sobrou nenhum pedaço do fundo antigo",
      warn: (area: string) =>
        `Cerca de ${area} mm² ao lado ou acima da cabeça foram mantidos como parte da pessoa; se for o fundo antigo, apague com o pincel`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "Retoque (opcional)",
    smooth: "Suavizar a pele",
    brightness: "Brilho",
    contrast: "Contraste",
    showBefore: "Ver antes",
    showAfter: "Ver depois",
    beforeAlt: "A foto antes do retoque",
    rule: "Só mudam a luz, o contraste e a textura da pele: as autoridades recusam fotos com traços, formato ou proporções do rosto alterados.",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "Corrigir o recorte",
    on: "Pintar com o pincel",
    mode: "Pincel",
    add: "Adicionar à pessoa",
    remove: "Tirar da pessoa",
    size: "Tamanho do pincel",
    undo: "Desfazer",
    clear: "Apagar todos os traços",
    hint: "Arraste sobre a foto: “Adicionar à pessoa” recupera o que o recorte deixou de fora (uma mecha, uma orelha), “Tirar” remove um pedaço do fundo antigo. Ctrl+Z desfaz o último traço.",
    count: (n: number) => plural("pt-BR", n, { one: "# traço de pincel; a foto foi refeita com ele", other: "# traços de pincel; a foto foi refeita com eles" }),
    areaLabel: "A foto: arraste para pintar o recorte",
  },

  stepSave: "4. Salvar",
  printSheet: "Folha de impressão",
  noSheet: "Sem folha de impressão",
  digitalUnder: "Arquivo digital com menos de (KB)",
  digitalNone: "nenhum",
  digitalOn: (size: string) => `Um JPEG de no máximo ${size} também é salvo.`,
  digitalOff: "Sem arquivo de tamanho limitado: informe um limite para criá-lo.",
  digitalSpec: (size: string) => `O formulário on-line deste documento aceita arquivos de até ${size}.`,
  saveButton: (n: number) =>
    n > 1
      ? plural("pt-BR", n, { one: "Salvar # foto no cofre", other: "Salvar # fotos no cofre" })
      : "Salvar a foto no cofre",
  saving: (done: number, total: number) => `Salvando ${formatNumber("pt-BR", done)} de ${formatNumber("pt-BR", total)}…`,
  saveHint:
    "A foto (com o DPI), a folha de impressão a 300 dpi e o arquivo de tamanho limitado vão para a Galeria, criptografados, e ficam guardados por 30 dias. Uma foto reprovada em uma verificação ainda pode ser salva; o nome dela indica isso.",
  saved: (made: number, total: number) =>
    `Fotos para documento salvas na Galeria: ${formatNumber("pt-BR", made)} de ${formatNumber("pt-BR", total)}. As fotos de origem, já processadas, foram excluídas.`,
  savedWithSheets: (made: number, total: number) =>
    `Fotos para documento salvas na Galeria com folhas de impressão: ${formatNumber("pt-BR", made)} de ${formatNumber("pt-BR", total)}. As fotos de origem, já processadas, foram excluídas.`,
} satisfies typeof en;
