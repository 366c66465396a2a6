import type en from "../en/create";
import { plural } from "../../plural";

export default {
  subtitle: "Genera y edita imágenes con el proveedor de IA que elijas.",

  noVault: {
    title: "Primero configura tu bóveda",
    intro:
      "Crear envía una instrucción y, si las eliges, copias reducidas de fotos de referencia al proveedor de IA que elijas, y guarda los resultados en tu bóveda cifrada.",
    setUp: { before: "Configura la bóveda en la ", after: " y luego vuelve aquí." },
    decide:
      "Antes de que algo salga de este dispositivo, verás exactamente qué se enviaría (sin metadatos y a menor resolución) y podrás decidir.",
  },

  presetsTitle: "Empieza con una plantilla",
  presetsLabel: "Plantillas",
  presets: {
    figure: {
      name: "Figura de personaje",
      hint: "Convierte a la persona o mascota de una foto en una figura de colección sobre un escritorio.",
      refs: "Referencias: 1 foto del sujeto.",
    },
    product: {
      name: "Foto publicitaria de producto",
      hint: "Una imagen publicitaria limpia de un producto a partir de una foto casual.",
      refs: "Referencias: 1 foto del producto.",
    },
    style: {
      name: "Transferencia de estilo",
      hint: "Redibuja una foto con el estilo de una segunda imagen o de un estilo que indiques.",
      refs: "Referencias: 1 foto de contenido y, opcionalmente, 1 imagen de estilo.",
    },
    background: {
      name: "Cambio de fondo",
      hint: "Conserva el sujeto y reemplaza todo lo que hay detrás.",
      refs: "Referencias: 1 foto del sujeto.",
    },
  },
  fields: {
    figureStyle: { label: "Tipo de figura", placeholder: "figura de PVC a escala 1/7" },
    base: { label: "Peana", placeholder: "peana redonda de acrílico transparente" },
    setting: { label: "Escenario", placeholder: "encimera de mármol con luz suave de la mañana" },
    mood: { label: "Ambiente", placeholder: "fresco y premium" },
    style: { label: "Estilo", placeholder: "acuarela suelta con contornos de tinta" },
    background: { label: "Nuevo fondo", placeholder: "una playa tranquila al atardecer" },
  },

  promptTitle: "Instrucción",
  promptPlaceholder: "Describe la imagen que quieres. Ctrl+Enter la genera.",
  warnings: {
    email: "La instrucción contiene lo que parece una dirección de correo electrónico; el proveedor la recibirá.",
    phone: "La instrucción contiene lo que parece un número de teléfono; el proveedor lo recibirá.",
    address: "La instrucción contiene lo que parece una dirección postal; el proveedor la recibirá.",
    other: "La instrucción contiene lo que parecen datos personales; el proveedor los recibirá.",
  },

  refsTitle: "Imágenes de referencia",
  picked: (n: number) => plural("es", n, { one: "(# seleccionada)", other: "(# seleccionadas)" }),
  importing: (n: number) => plural("es", n, { one: "Importando # archivo…", other: "Importando # archivos…" }),
  noImages:
    "Aún no hay imágenes en la bóveda. Suelta fotos aquí o impórtalas en la Galería para usarlas como referencia.",
  dropHint:
    "Suelta archivos aquí para importarlos y seleccionarlos. Solo salen copias reducidas: sin metadatos, a menor resolución y con nombres aleatorios.",
  imageAlt: "Imagen",

  optionsTitle: "Proveedor y resultado",
  provider: "Proveedor",
  model: "Modelo",
  size: "Tamaño",
  count: "Cantidad",
  sizes: {
    providerDefault: "Predeterminado del proveedor",
    square: "Cuadrado 1:1",
    landscape: "Horizontal 4:3",
    portrait: "Vertical 3:4",
    photo: "Foto 3:2",
    photoPortrait: "Foto vertical 2:3",
    wide: "Panorámico 16:9",
    tall: "Vertical alargado 9:16",
    cinema: "Cine 21:9",
  },
  generate: "Generar",
  preparing: "Preparando…",
  provenance:
    "Los resultados conservan los datos de procedencia que incrusta el proveedor (C2PA, EXIF/XMP); las marcas de agua invisibles, como SynthID de Google, forman parte de los píxeles y permanecen.",

  recentTitle: "Tareas recientes",

  preview: {
    sizeChanged: (model: string, asked: string, sent: string) => `${model} no genera ${asked}; se pedirá ${sent}, el tamaño más cercano que ofrece.`,
    title: "Esto es exactamente lo que saldrá de tu equipo",
    to: "Destino",
    model: "Modelo",
    prompt: "Instrucción",
    promptChars: (n: number) => plural("es", n, { one: "# carácter", other: "# caracteres" }),
    images: "Imágenes",
    none: "ninguna",
    imageAlt: (n: number) => `Referencia ${n} tal como se enviará`,
    sentAs: "enviada como",
    metadata: "No se incluye la ubicación, los datos de la cámara ni otros metadatos; los píxeles se han vuelto a codificar.",
    termsLead: (provider: string) => `Lo que ${provider} dice que hace con ello:`,
    consentNeeded: "Se necesita tu consentimiento.",
    consentBody: (scope: string) =>
      `Al enviar, se registra con estas palabras: «${scope}» Puedes retirarlo en cualquier momento en la página Privacidad.`,
    send: "Enviar",
    allowAndSend: "Permitir y enviar",
  },

  terms: {
    gemini:
      "API de pago: las instrucciones, imágenes y resultados no se usan para entrenar modelos; se conservan hasta 55 días para vigilar abusos, y los proyectos creados después del 2026-10-26 guardan las solicitudes 55 días de forma predeterminada. Nivel gratuito: pueden usarse para mejorar productos de Google y ser leídos por revisores.",
    openai:
      "Las entradas y salidas de la API no se usan para entrenamiento de forma predeterminada; se conservan hasta 30 días para vigilar abusos.",
    seedream:
      "Ark conserva las entradas y salidas para vigilar abusos según los términos de BytePlus/Volcengine; los resultados se devuelven en la propia respuesta (no se aloja nada).",
    kling:
      "No hay publicada ninguna declaración específica de la API sobre conservación o entrenamiento; los vídeos terminados permanecen unos 30 días en los servidores de Kling, tras un enlace. Seed Studio descarga el vídeo una sola vez y lo guarda solo en tu bóveda.",
    seedance:
      "Ark conserva las entradas y salidas para vigilar abusos según los términos de BytePlus/Volcengine; el vídeo terminado se aloja tras un enlace temporal (unas 24 horas), desde el que Seed Studio lo descarga una sola vez a tu bóveda.",
  },
  consentScope: (provider: string, terms: string) =>
    `Seed Studio puede enviar a ${provider} tus instrucciones y copias reducidas de las imágenes de referencia que elijas (sin metadatos, a menor resolución, con nombres aleatorios) para las tareas que inicies. ${terms}`,
} satisfies typeof en;
