import type en from "../en/tasks";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Cada tarea de generación, con su progreso; cancélala, reinténtala o copia su ID.",
  empty: {
    title: "Aún no hay tareas",
    before: "Cuando generes una imagen en ",
    after:
      ", la tarea aparecerá aquí con su progreso: en cola, preparando, enviando, recibiendo, completada. Puedes cancelarla o reintentarla, y copiar su ID para consultarla.",
  },
  status: {
    queued: "En cola",
    preparing: "Preparando referencias",
    sending: "Enviando",
    waiting: "El proveedor está trabajando",
    receiving: "Recibiendo resultados",
    succeeded: "Completada",
    failed: "Fallida",
    cancelled: "Cancelada",
  },
  kind: {
    generate: "Imagen nueva",
    edit: "Imagen editada",
    idphoto: "Foto de carné",
    video: "Vídeo",
  },
  onDevice: "En este dispositivo",
  copyId: "Copiar el ID de la tarea",
  progress: "Progreso",
  stored: (done: number, total: number) =>
    plural("es", total, {
      one: `${formatNumber("es", done)} de # imagen guardada`,
      other: `${formatNumber("es", done)} de # imágenes guardadas`,
    }),
  results: (count: number) => plural("es", count, { one: "# imagen", other: "# imágenes" }),
  resultAlt: "Resultado",
  reasons: {
    cancelledByYou: "La cancelaste tú.",
    interrupted: "Interrumpida: Seed Studio se cerró antes de que terminara la tarea. Reinténtala para ejecutarla de nuevo.",
    unfinishedAtBackup: "No había terminado cuando se hizo la copia de seguridad.",
  },
  cancel: "Cancelar",
  retry: "Reintentar",
  discard: "Descartar",
  discardHint: "Abandonarla: sus imágenes de referencia se eliminan ahora",
  keptForRetry: (count: number) =>
    plural("es", count, {
      one: "Su imagen de referencia se conserva para reintentar, como máximo 24 horas después de importarla.",
      other: "Sus # imágenes de referencia se conservan para reintentar, como máximo 24 horas después de importarlas.",
    }),
} satisfies typeof en;
