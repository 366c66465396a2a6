import type en from "../en/idphoto";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Fotos para pasaporte y visado, hechas por completo en este dispositivo.",
  noVaultTitle: "Primero configura tu bóveda",
  noVaultBody: (gallery: string) =>
    `Elige un retrato y un documento (pasaporte de EE. UU., visado Schengen, Reino Unido, Canadá, India, China y 25 más). Seed Studio encuentra la cara, la recorta según las normas oficiales de tamaño de la cabeza y altura de los ojos, reemplaza el fondo y comprueba el resultado, sin subir tu cara a ningún sitio. Primero configura la bóveda en *${gallery}*.`,

  stepPhoto: "1. Foto",
  importPhotos: "Importar fotos…",
  importing: "Importando…",
  noPhotos: "Aún no hay fotos. Importa un retrato hecho delante de una pared lisa, mirando a la cámara.",
  photoAlt: "Foto",
  pickHint: "Elige una foto para previsualizarla; elige varias para hacerlas todas con los mismos ajustes.",
  batchWorking: "Procesando…",
  batchSaved: "Guardada",
  batchSavedWithFails: (n: number) =>
    plural("es", n, { one: "Guardada, # comprobación fallida", other: "Guardada, # comprobaciones fallidas" }),

  stepDocument: "2. Documento",
  searchPlaceholder: "Buscar por país o documento",
  searchLabel: "Buscar documentos",
  documentLabel: "Documento",
  noMatch: "Ningún documento coincide con la búsqueda.",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height} mm a ${dpi} ppp`,
  summaryHeadHair: (lo: string, hi: string) => `cabeza de ${lo} a ${hi} mm (de la barbilla a lo alto del pelo)`,
  summaryHeadSkull: (lo: string, hi: string) => `cabeza de ${lo} a ${hi} mm (de la barbilla a la coronilla, sin el pelo)`,
  summaryEyes: (lo: string, hi: string) => `ojos a ${lo}–${hi} mm del borde inferior`,
  sourceOfficial: (date: string) => `Fuente: la autoridad emisora, ${date}.`,
  sourceSecondary: (date: string) => `Fuente: una recopilación secundaria, ${date}.`,
  docs: {
    "us-passport": { document: "Pasaporte" },
    "us-visa": { document: "Visado (DS-160)" },
    "us-dv-lottery": { document: "Lotería de visas de diversidad" },
    "schengen-visa": { country: "Espacio Schengen", document: "Visado (OACI 35×45)" },
    "de-passport": { document: "Pasaporte / documento de identidad" },
    "fr-passport": { document: "Pasaporte / documento de identidad" },
    "it-passport": { document: "Pasaporte" },
    "at-passport": { document: "Pasaporte" },
    "be-passport": { document: "Pasaporte / eID" },
    "hr-passport": { document: "Pasaporte" },
    "gb-passport": { document: "Pasaporte" },
    "ie-passport": { document: "Pasaporte" },
    "gr-passport": { document: "Pasaporte" },
    "ee-passport": { document: "Pasaporte / documento de identidad" },
    "ca-passport": { document: "Pasaporte" },
    "ca-visa": { document: "Visado / residencia permanente (IRCC)" },
    "au-passport": { document: "Pasaporte" },
    "in-passport": { document: "Pasaporte" },
    "in-evisa": { document: "Visado electrónico" },
    "cn-passport": { document: "Pasaporte" },
    "cn-visa": { document: "Visado" },
    "jp-passport": { document: "Pasaporte" },
    "kr-passport": { document: "Pasaporte" },
    "br-passport": { document: "Pasaporte" },
    "mx-passport": { document: "Pasaporte" },
    "co-passport": { document: "Pasaporte" },
    "lb-passport": { document: "Pasaporte" },
    "sg-passport": { document: "Pasaporte" },
    "nz-passport": { document: "Pasaporte" },
    "ch-passport": { document: "Pasaporte / documento de identidad" },
    "icao-35x45": { country: "Cualquiera (OACI)", document: "Foto genérica OACI 9303, 35×45 mm" },
  },

  stepLook: "3. Fondo y ajuste fino",
  colours: {
    white: "Blanco",
    lightGrey: "Gris claro",
    lightBlue: "Azul claro",
    blue: "Azul",
    red: "Rojo",
  },
  customColour: "Color personalizado",
  keepBackground: "conservar el fondo original",
  rejectsReplaced:
    "La autoridad de este documento rechaza las fotos con el fondo reemplazado: conserva el original, hecho delante de una pared lisa y clara.",
  headSize: "Tamaño de la cabeza",
  upDown: "Arriba / abajo (mm)",
  leftRight: "Izquierda / derecha (mm)",
  autoLight: "corregir suavemente la exposición y el balance de blancos",

  preview: "Vista previa",
  previewAlt: "Vista previa recortada al documento",
  previewEmpty: "Elige una foto para verla aquí con las guías y el informe de conformidad.",
  legend: (headMm: string, share: string) =>
    `Sombreado: dónde puede quedar lo alto de la cabeza (y los ojos). Líneas: coronilla, ojos y barbilla medidos. Cabeza de ${headMm} mm, el ${share} de la altura.`,
  report: "Informe de conformidad",
  status: { pass: "Correcto:", warn: "Aviso:", fail: "Falla:" },
  checks: {
    oneFace: "Exactamente una cara, entera dentro de la foto",
    headHeight: {
      within: (value: string, lo: string, hi: string) =>
        `La cabeza (de la barbilla a la coronilla) mide ${value} mm, dentro de los ${lo}–${hi} mm exigidos`,
      below: (value: string, lo: string, hi: string) =>
        `La cabeza (de la barbilla a la coronilla) mide ${value} mm, por debajo de los ${lo}–${hi} mm exigidos`,
      above: (value: string, lo: string, hi: string) =>
        `La cabeza (de la barbilla a la coronilla) mide ${value} mm, por encima de los ${lo}–${hi} mm exigidos`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) =>
        `La línea de los ojos está a ${value} mm del borde inferior, dentro de los ${lo}–${hi} mm exigidos`,
      below: (value: string, lo: string, hi: string) =>
        `La línea de los ojos está a ${value} mm del borde inferior, por debajo de los ${lo}–${hi} mm exigidos`,
      above: (value: string, lo: string, hi: string) =>
        `La línea de los ojos está a ${value} mm del borde inferior, por encima de los ${lo}–${hi} mm exigidos`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) =>
        `El espacio sobre la cabeza es de ${value} mm, dentro de los ${lo}–${hi} mm exigidos`,
      below: (value: string, lo: string, hi: string) =>
        `El espacio sobre la cabeza es de ${value} mm, por debajo de los ${lo}–${hi} mm exigidos`,
      above: (value: string, lo: string, hi: string) =>
        `El espacio sobre la cabeza es de ${value} mm, por encima de los ${lo}–${hi} mm exigidos`,
      touches: "Lo alto de la cabeza toca el borde",
    },
    level: {
      pass: "Los ojos están nivelados en el resultado",
      fail: (degrees: string) => `La cabeza sigue inclinada ${degrees}° en el resultado; usa una foto con la cabeza recta`,
    },
    roll: {
      level: "La cabeza está recta",
      levelled: (degrees: string) => `La cabeza estaba inclinada ${degrees}° y se ha enderezado`,
      tooTilted: (degrees: string) =>
        `La cabeza estaba inclinada ${degrees}°; se ha enderezado, pero una foto más recta queda mejor`,
    },
    yaw: {
      pass: "La cara mira de frente a la cámara",
      warn: "La cara está algo girada; mira de frente a la cámara",
      fail: "La cara está girada hacia un lado; mira a la cámara",
    },
    eyesOpen: {
      pass: "Los dos ojos están abiertos",
      warn: "Los ojos parecen entrecerrados",
      fail: "Los ojos parecen cerrados",
    },
    mouthClosed: {
      pass: "La boca está cerrada",
      warn: "La boca parece algo abierta; mantén una expresión neutra",
      fail: "La boca está abierta; mantenla cerrada",
      smile: "Se ven los dientes al sonreír; este documento acepta una sonrisa natural, no la boca abierta",
    },
    background: {
      replaced: "El fondo se ha reemplazado por un color liso",
      rejected: "Esta autoridad rechaza las fotos con el fondo reemplazado; elige «conservar el fondo original»",
      unmeasured: "No se pudo valorar el fondo (se ve demasiado poco); revísalo tú",
      plain: "El fondo es liso y claro",
      notQuitePlain: "El fondo no es del todo liso o claro; revisa si hay sombras o dibujos",
      notPlain: "El fondo no es liso; usa una pared lisa o reemplázalo",
    },
    exposure: {
      unmeasured: "No se pudo medir la luz de la cara",
      even: "La cara está iluminada de forma uniforme",
      ratherDark: "La cara está algo oscura",
      ratherBright: "La cara está algo clara",
      tooDark: "La cara está demasiado oscura",
      overexposed: "La cara está sobreexpuesta",
    },
    sharpness: {
      pass: "La cara está enfocada",
      warn: "La cara se ve algo suave",
      fail: "La cara está desenfocada",
    },
    resolution: {
      pass: "La foto tiene detalle suficiente para este tamaño",
      warn: (factor: string) => `La cara se amplió ${factor}×; una foto más cercana o nítida quedaría mejor`,
      fail: (factor: string) => `La cara se amplió ${factor}×: la foto es demasiado pequeña; hazla más de cerca`,
    },
    coverage: {
      filled: (share: string) => `Parte del encuadre (${share}) quedaba fuera de la foto; se ha rellenado con el color de fondo`,
      extended: (share: string) => `Parte del encuadre (${share}) queda fuera de la foto; se han prolongado sus bordes`,
    },
    frameBottom: {
      pass: "La foto llega hasta el borde inferior del encuadre",
      fail: (mm: string) =>
        `La foto termina ${mm} mm por encima de donde deberían estar los hombros: tómela desde más lejos`,
    },
    frameSides: {
      pass: "La foto llega a los lados del encuadre a la altura de los hombros",
      fail: (mm: string) =>
        `La foto termina ${mm} mm dentro del lado del encuadre a la altura de los hombros: tómela desde más lejos`,
    },
    hair: {
      pass: "El pelo queda dentro del encuadre",
      warn: "El pelo toca el borde superior de la foto; con la cabeza un poco más pequeña o más baja queda dentro",
    },
    backgroundRemnants: {
      pass: "No queda ningún resto del fondo anterior",
      warn: (area: string) =>
        `Unos ${area} mm² junto a la cabeza o encima de ella se conservan como parte de la persona; si es el fondo anterior, bórrelo con el pincel`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "Retoque (opcional)",
    smooth: "Suavizar la piel",
    brightness: "Brillo",
    contrast: "Contraste",
    showBefore: "Ver antes",
    showAfter: "Ver después",
    beforeAlt: "La foto antes del retoque",
    rule: "Solo cambian la luz, el contraste y la textura de la piel: las autoridades rechazan las fotos con rasgos, forma o proporciones del rostro alterados.",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "Corregir el recorte",
    on: "Pintar con el pincel",
    mode: "Pincel",
    add: "Añadir a la persona",
    remove: "Quitar de la persona",
    size: "Tamaño del pincel",
    undo: "Deshacer",
    clear: "Borrar todos los trazos",
    hint: "Arrastre sobre la foto: «Añadir a la persona» recupera lo que el recorte no captó (un mechón, una oreja), «Quitar» elimina un trozo del fondo anterior. Ctrl+Z deshace el último trazo.",
    count: (n: number) => plural("es", n, { one: "# trazo de pincel; la foto se ha rehecho con él", other: "# trazos de pincel; la foto se ha rehecho con ellos" }),
    areaLabel: "La foto: arrastre para pintar el recorte",
  },

  stepSave: "4. Guardar",
  printSheet: "Hoja de impresión",
  noSheet: "Sin hoja de impresión",
  digitalUnder: "Archivo digital de menos de (KB)",
  digitalNone: "ninguno",
  digitalOn: (size: string) => `También se guarda un JPEG de ${size} como máximo.`,
  digitalOff: "Sin archivo de tamaño limitado: indica un límite para crearlo.",
  digitalSpec: (size: string) => `El formulario en línea de este documento admite archivos de hasta ${size}.`,
  saveButton: (n: number) =>
    n > 1
      ? plural("es", n, { one: "Guardar # foto en la bóveda", other: "Guardar # fotos en la bóveda" })
      : "Guardar la foto en la bóveda",
  saving: (done: number, total: number) => `Guardando ${formatNumber("es", done)} de ${formatNumber("es", total)}…`,
  saveHint:
    "La foto (con sus PPP), la hoja de impresión a 300 ppp y el archivo de tamaño limitado van a la Galería, cifrados, y se conservan 30 días. Una foto que no supera una comprobación se puede guardar igualmente; su nombre lo indica.",
  saved: (made: number, total: number) =>
    `Fotos de carné guardadas en la Galería: ${formatNumber("es", made)} de ${formatNumber("es", total)}. Las fotos de origen, ya procesadas, se han eliminado.`,
  savedWithSheets: (made: number, total: number) =>
    `Fotos de carné guardadas en la Galería con hojas de impresión: ${formatNumber("es", made)} de ${formatNumber("es", total)}. Las fotos de origen, ya procesadas, se han eliminado.`,
} satisfies typeof en;
