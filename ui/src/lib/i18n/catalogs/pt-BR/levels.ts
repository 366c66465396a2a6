import type en from "../en/levels";
import { plural } from "../../plural";

export default {
  title: "O que sai das imagens de referência",
  floor: "Localização, dados da câmera e outros metadados são sempre removidos.",
  subject: "Só a pessoa principal",
  subjectHint: "Recorta cada referência na pessoa que aparece nela (da cabeça à cintura, com uma margem).",
  bystanders: "Ocultar o rosto de outras pessoas",
  bystandersHint:
    "Pixeliza todos os rostos, exceto o da pessoa principal, até que nenhum detector de rostos os encontre.",
  background: "Trocar o fundo",
  backgroundHint: "Tudo o que não for a pessoa fica cinza neutro.",
  facesHidden: (n: number) =>
    plural("pt-BR", n, { one: "# outro rosto oculto", other: "# outros rostos ocultos" }),
  backgroundReplaced: "fundo trocado",
  share: (percent: string) => `${percent} dos pixels saem deste computador`,
  original: "Imagem original",
  asSent: "Como será enviada",
  defaultsColumn: "O que é enviado por padrão",
  eachTitle: "Cada referência",
  refLabel: (name: string) => `O que sai de ${name}`,
  chooseSubject: "Escolher o assunto…",
  subjectAuto: "Assunto: o maior rosto, encontrado neste dispositivo",
  subjectChosen: "Assunto: escolhido por você",
  partTitle: "O que sai da parte",
  chooseHidden: "Ocultar ou mostrar rostos…",
  byHand: "Áreas ocultas alteradas à mão",
  regionsHidden: (n: number) =>
    plural("pt-BR", n, { one: "# área oculta à mão", other: "# áreas ocultas à mão" }),
  picker: {
    title: "Escolher o assunto",
    finding: "Procurando pessoas neste dispositivo…",
    people: (n: number) =>
      plural("pt-BR", n, {
        one: "# pessoa encontrada neste dispositivo: clique nela para torná-la o assunto.",
        other: "# pessoas encontradas neste dispositivo: clique na que é o assunto.",
      }),
    none: "Nenhuma pessoa foi encontrada: desenhe um retângulo em volta do assunto.",
    drawHint: "Ou arraste sobre a foto para desenhar um retângulo.",
    person: (n: string) => `Pessoa ${n}`,
    automatic: "Encontrar automaticamente",
    keysHint:
      "A foto: Enter coloca um retângulo, as setas o movem e Shift com as setas muda o tamanho.",
    modeSubject: "O assunto",
    modeHide: "O que fica oculto",
    hideHint:
      "Os rostos em vermelho ficam ocultos. Clique em um rosto para deixá-lo visível ou arraste sobre qualquer outra coisa para ocultá-la também.",
    personHidden: (n: string) => `Pessoa ${n}: oculta`,
    personShown: (n: string) => `Pessoa ${n}: visível`,
    removeRegion: "Remover esta área oculta",
    done: "Concluído",
    use: "Usar este assunto",
  },
} satisfies typeof en;
