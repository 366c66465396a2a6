import type en from "../en/gallery";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (value: number): string => formatNumber("es", value);

export default {
  subtitle: "Todo lo que importas y creas, cifrado en este dispositivo y disponible sin conexión.",
  opening: "Abriendo la bóveda…",
  cannotOpen: "No se puede abrir la bóveda.",
  dropHint: "Suelta fotos aquí para importarlas",
  importButton: "Importar fotos…",
  searchLabel: "Buscar",
  searchPlaceholder: "Buscar nombres y etiquetas…",
  filters: {
    show: "Mostrar",
    allImages: "Todas las imágenes",
    originals: "Fotos importadas",
    outputs: "Imágenes generadas",
    videos: "Vídeos",
    added: "Añadidas",
    anyTime: "Cualquier fecha",
    lastDay: "Últimas 24 horas",
    lastWeek: "Últimos 7 días",
    lastMonth: "Últimos 30 días",
    provider: "Proveedor",
    anyProvider: "Cualquier proveedor",
    taskStatus: "Estado de la tarea",
    anyTaskStatus: "Cualquier estado",
    sort: "Ordenar",
    newest: "Más recientes primero",
    oldest: "Más antiguas primero",
    name: "Nombre",
  },
  select: "Seleccionar",
  done: "Listo",
  selection: {
    label: "Imágenes seleccionadas",
    count: (count: number) => plural("es", count, { one: "# seleccionada", other: "# seleccionadas" }),
    selectAll: "Seleccionar todo",
    exportCopies: "Exportar copias",
    confirmDelete: (count: number) =>
      plural("es", count, {
        one: "¿Eliminar # imagen para siempre?",
        other: "¿Eliminar # imágenes para siempre?",
      }),
  },
  delete: "Eliminar",
  deleteAsk: "Eliminar…",
  keep: "Conservar",
  close: "Cerrar",
  importing: (done: number, total: number) => `Importando ${n(done)} de ${n(total)}…`,
  notices: {
    imported: (added: number, duplicates: number) =>
      plural("es", added, { one: "Se importó # foto", other: "Se importaron # fotos" }) +
      (duplicates
        ? plural("es", duplicates, { one: "; # ya estaba en la bóveda.", other: "; # ya estaban en la bóveda." })
        : "."),
    exported: (files: number, path: string) =>
      plural("es", files, {
        one: `Se exportó una copia descifrada con manifest.json a ${path}`,
        other: `Se exportaron # copias descifradas con manifest.json a ${path}`,
      }),
    keptLonger: (deletion: string) => `Se conservará más tiempo: ${deletion}.`,
    deleted: (count: number) =>
      plural("es", count, {
        one: "Se eliminó # imagen, con su miniatura. Su clave se ha destruido.",
        other: "Se eliminaron # imágenes, con sus miniaturas. Sus claves se han destruido.",
      }),
    watchFailed: (detail: string) => `No se pudo importar una foto de la carpeta vigilada: ${detail}`,
  },
  empty: {
    title: "Aún no hay imágenes",
    dropBefore: "Suelta fotos en cualquier parte de esta página o elige ",
    dropAfter: ". Se cifran en cuanto llegan.",
    retention: "Los originales importados se eliminan automáticamente en 24 horas; las imágenes que creas se conservan 30 días.",
    noMatchTitle: "No hay coincidencias",
    noMatch: "Ninguna imagen coincide con esta búsqueda. Bórrala para ver todo.",
  },
  untitled: "Sin título",
  imageAlt: "Imagen",
  detail: {
    label: "Detalles de la imagen",
    kind: "Tipo",
    original: "Foto importada",
    output: "Imagen generada",
    size: "Tamaño",
    added: "Añadida",
    deletion: "Eliminación",
    madeBy: "Creada por",
    thisDevice: "Este dispositivo",
    prompt: "Instrucción",
    task: "Tarea",
    id: "ID",
    keepBy: "Conservar durante",
    periods: {
      week: "una semana más",
      month: "30 días más",
      quarter: "90 días más",
      year: "un año más",
    },
    originalNote: "Las fotos importadas se eliminan en 24 horas, o en cuanto termina la tarea que las usa.",
    exportCopy: "Exportar una copia",
    confirmDelete: "¿Eliminar para siempre?",
  },
} satisfies typeof en;
