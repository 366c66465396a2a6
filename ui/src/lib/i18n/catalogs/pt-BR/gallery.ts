import type en from "../en/gallery";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (value: number): string => formatNumber("pt-BR", value);

export default {
  subtitle: "Tudo o que você importa e cria, criptografado neste dispositivo e disponível offline.",
  opening: "Abrindo o cofre…",
  cannotOpen: "Não é possível abrir o cofre.",
  dropHint: "Solte fotos aqui para importá-las",
  importButton: "Importar fotos…",
  searchLabel: "Pesquisar",
  searchPlaceholder: "Pesquisar nomes e tags…",
  filters: {
    show: "Mostrar",
    allImages: "Todas as imagens",
    originals: "Fotos importadas",
    outputs: "Imagens geradas",
    videos: "Vídeos",
    added: "Adicionadas",
    anyTime: "Qualquer data",
    lastDay: "Últimas 24 horas",
    lastWeek: "Últimos 7 dias",
    lastMonth: "Últimos 30 dias",
    provider: "Provedor",
    anyProvider: "Qualquer provedor",
    taskStatus: "Status da tarefa",
    anyTaskStatus: "Qualquer status",
    sort: "Ordenar",
    newest: "Mais recentes primeiro",
    oldest: "Mais antigas primeiro",
    name: "Nome",
  },
  select: "Selecionar",
  done: "Concluir",
  selection: {
    label: "Imagens selecionadas",
    count: (count: number) => plural("pt-BR", count, { one: "# selecionada", other: "# selecionadas" }),
    selectAll: "Selecionar tudo",
    exportCopies: "Exportar cópias",
    confirmDelete: (count: number) =>
      plural("pt-BR", count, {
        one: "Excluir # imagem para sempre?",
        other: "Excluir # imagens para sempre?",
      }),
  },
  delete: "Excluir",
  deleteAsk: "Excluir…",
  keep: "Manter",
  close: "Fechar",
  importing: (done: number, total: number) => `Importando ${n(done)} de ${n(total)}…`,
  notices: {
    imported: (added: number, duplicates: number) =>
      plural("pt-BR", added, { one: "# foto importada", other: "# fotos importadas" }) +
      (duplicates
        ? plural("pt-BR", duplicates, { one: "; # já estava no cofre.", other: "; # já estavam no cofre." })
        : "."),
    exported: (files: number, path: string) =>
      plural("pt-BR", files, {
        one: `Uma cópia descriptografada foi exportada com manifest.json para ${path}`,
        other: `# cópias descriptografadas foram exportadas com manifest.json para ${path}`,
      }),
    keptLonger: (deletion: string) => `Mantida por mais tempo: ${deletion}.`,
    deleted: (count: number) =>
      plural("pt-BR", count, {
        one: "# imagem excluída, com a miniatura. A chave dela foi destruída.",
        other: "# imagens excluídas, com as miniaturas. As chaves delas foram destruídas.",
      }),
    watchFailed: (detail: string) => `Não foi possível importar uma foto da pasta monitorada: ${detail}`,
  },
  empty: {
    title: "Ainda não há imagens",
    dropBefore: "Solte fotos em qualquer lugar desta página ou escolha ",
    dropAfter: ". Elas são criptografadas assim que chegam.",
    retention: "Os originais importados são excluídos automaticamente em até 24 horas; as imagens que você cria ficam 30 dias.",
    noMatchTitle: "Nada encontrado",
    noMatch: "Nenhuma imagem corresponde a esta pesquisa. Limpe-a para ver tudo.",
  },
  untitled: "Sem título",
  imageAlt: "Imagem",
  detail: {
    label: "Detalhes da imagem",
    kind: "Tipo",
    original: "Foto importada",
    output: "Imagem gerada",
    size: "Tamanho",
    added: "Adicionada",
    deletion: "Exclusão",
    madeBy: "Criada por",
    thisDevice: "Este dispositivo",
    prompt: "Comando",
    task: "Tarefa",
    id: "ID",
    keepBy: "Manter por mais",
    periods: {
      week: "uma semana",
      month: "30 dias",
      quarter: "90 dias",
      year: "um ano",
    },
    originalNote: "As fotos importadas são excluídas em até 24 horas, ou assim que termina a tarefa que as usa.",
    exportCopy: "Exportar uma cópia",
    confirmDelete: "Excluir para sempre?",
  },
} satisfies typeof en;
