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
} satisfies typeof en;
