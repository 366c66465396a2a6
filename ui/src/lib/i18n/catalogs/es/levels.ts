import type en from "../en/levels";
import { plural } from "../../plural";

export default {
  title: "Qué sale de las imágenes de referencia",
  floor: "La ubicación, los datos de la cámara y otros metadatos se eliminan siempre.",
  subject: "Solo el sujeto",
  subjectHint: "Recorta cada referencia a la persona que aparece en ella (de la cabeza a la cintura, con un margen).",
  bystanders: "Ocultar las caras de otras personas",
  bystandersHint: "Pixela todas las caras salvo la del sujeto hasta que ningún detector de caras las encuentre.",
  background: "Reemplazar el fondo",
  backgroundHint: "Todo lo que no sea la persona pasa a ser gris neutro.",
  facesHidden: (n: number) => plural("es", n, { one: "# otra cara oculta", other: "# otras caras ocultas" }),
  backgroundReplaced: "fondo reemplazado",
  share: (percent: string) => `${percent} de los píxeles salen del equipo`,
  original: "Imagen original",
  asSent: "Tal como se envía",
  defaultsColumn: "Lo que se envía por defecto",
} satisfies typeof en;
