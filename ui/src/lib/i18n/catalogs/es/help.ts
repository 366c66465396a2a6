import type en from "../en/help";

export default {
  improve: "Mejorar la instrucción",
  improveHint: "Un modelo de texto reescribe tu instrucción con más detalle; comparas ambas antes de que cambie nada.",
  textModel: "Modelo de texto",
  expand: "Ampliar en este dispositivo",
  expandHint: "Añade composición, iluminación, colores y detalle a una idea breve, en inglés, sin usar la red.",
  waiting: (provider: string) => `Esperando a ${provider}…`,
  stopWaiting: "Dejar de esperar",

  compare: "Tu instrucción y la sugerencia",
  yours: "Tu instrucción",
  suggestedBy: (provider: string) => `Sugerida por ${provider}`,
  expanded: "Ampliada en este dispositivo",
  useNew: "Usar la nueva instrucción",
  keepMine: "Conservar la mía",

  sendsText: (provider: string) => `A ${provider} solo se envía el texto de tu instrucción; ninguna imagen.`,
  sendsImage: (provider: string) =>
    `A ${provider} solo se envía una copia reducida de esta imagen (sin metadatos, a menor resolución); ni la instrucción ni otras imágenes.`,
  consentNeeded: (provider: string) => `Aún no has permitido enviar a ${provider}.`,
  consentBody:
    "Permitirlo otorga el mismo consentimiento que Crear pide antes de enviar, y puedes retirarlo en cualquier momento en la página Privacidad. Cada solicitud queda en el registro de envíos.",
  allow: "Permitir y preguntar",
  offlineExpand: "Las plantillas aún pueden ampliar tu idea hasta una instrucción completa en este dispositivo, sin red.",
  offlineDescribe: "Describir una imagen requiere un proveedor: desactiva el modo sin conexión en Ajustes para preguntarle.",
  missingKey: (provider: string, shortcut: string) =>
    `Añade una clave de API de ${provider} en Ajustes (${shortcut}) o elige el otro modelo de texto.`,

  describe: "Describir esta imagen",
  describeHint: "Un modelo de texto escribe la instrucción que recrearía esta imagen.",
  described: (provider: string) => `Instrucción sugerida por ${provider}`,
  copy: "Copiar",
  copied: "Copiado.",
  useInCreate: "Usar en Crear",
} satisfies typeof en;
