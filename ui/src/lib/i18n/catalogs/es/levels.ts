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
  eachTitle: "Cada referencia",
  refLabel: (name: string) => `Lo que sale de ${name}`,
  chooseSubject: "Elegir el sujeto…",
  subjectAuto: "Sujeto: la cara más grande, hallada en este dispositivo",
  subjectChosen: "Sujeto: elegido por usted",
  partTitle: "Lo que sale de la parte",
  chooseHidden: "Ocultar o mostrar caras…",
  byHand: "Zonas ocultas cambiadas a mano",
  regionsHidden: (n: number) =>
    plural("es", n, { one: "# zona ocultada a mano", other: "# zonas ocultadas a mano" }),
  picker: {
    title: "Elegir el sujeto",
    finding: "Buscando personas en este dispositivo…",
    people: (n: number) =>
      plural("es", n, {
        one: "# persona hallada en este dispositivo: haga clic en ella para que sea el sujeto.",
        other: "# personas halladas en este dispositivo: haga clic en la que es el sujeto.",
      }),
    none: "No se encontró ninguna persona: dibuje un recuadro alrededor del sujeto.",
    drawHint: "O arrastre sobre la foto para dibujar un recuadro.",
    person: (n: string) => `Persona ${n}`,
    automatic: "Encontrarlo automáticamente",
    keysHint:
      "La foto: Intro coloca un recuadro, las flechas lo mueven y Mayús con las flechas cambia su tamaño.",
    modeSubject: "El sujeto",
    modeHide: "Lo que se oculta",
    hideHint:
      "Las caras en rojo se ocultan. Haga clic en una cara para dejarla visible, o arrastre sobre cualquier otra cosa para ocultarla también.",
    personHidden: (n: string) => `Persona ${n}: oculta`,
    personShown: (n: string) => `Persona ${n}: visible`,
    removeRegion: "Quitar esta zona oculta",
    done: "Listo",
    use: "Usar este sujeto",
  },
} satisfies typeof en;
