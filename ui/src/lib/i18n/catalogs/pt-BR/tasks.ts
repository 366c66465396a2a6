import type en from "../en/tasks";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Cada tarefa de geração, com o progresso; cancele, tente de novo ou copie o ID.",
  empty: {
    title: "Ainda não há tarefas",
    before: "Quando você gerar uma imagem em ",
    after:
      ", a tarefa aparece aqui com o progresso: na fila, preparando, enviando, recebendo, concluída. Você pode cancelá-la ou tentar de novo, e copiar o ID para consultá-la.",
  },
  status: {
    queued: "Na fila",
    preparing: "Preparando referências",
    sending: "Enviando",
    waiting: "Provedor trabalhando",
    receiving: "Recebendo resultados",
    succeeded: "Concluída",
    failed: "Falhou",
    cancelled: "Cancelada",
  },
  kind: {
    generate: "Nova imagem",
    edit: "Imagem editada",
    idphoto: "Foto para documento",
    video: "Vídeo",
  },
  onDevice: "Neste dispositivo",
  copyId: "Copiar o ID da tarefa",
  progress: "Progresso",
  stored: (done: number, total: number) =>
    plural("pt-BR", total, {
      one: `${formatNumber("pt-BR", done)} de # imagem salva`,
      other: `${formatNumber("pt-BR", done)} de # imagens salvas`,
    }),
  results: (count: number) => plural("pt-BR", count, { one: "# imagem", other: "# imagens" }),
  resultAlt: "Resultado",
  reasons: {
    cancelledByYou: "Cancelada por você.",
    interrupted: "Interrompida: o Seed Studio foi fechado antes de a tarefa terminar. Tente de novo para executá-la outra vez.",
    unfinishedAtBackup: "Ela não tinha terminado quando o backup foi feito.",
  },
  cancel: "Cancelar",
  retry: "Tentar de novo",
  discard: "Descartar",
  discardHint: "Desistir: as imagens de referência são excluídas agora",
  keptForRetry: (count: number) =>
    plural("pt-BR", count, {
      one: "A imagem de referência fica guardada para uma nova tentativa, por no máximo 24 horas após a importação.",
      other: "As # imagens de referência ficam guardadas para uma nova tentativa, por no máximo 24 horas após a importação.",
    }),
} satisfies typeof en;
