import type en from "../en/common";
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "Cancelar",
  close: "Cerrar",
  save: "Guardar",
  delete: "Borrar",
  retry: "Reintentar",
  open: "Abrir",
  back: "Atrás",
  loading: "Cargando…",
  images: (n: number) => plural("es", n, { one: "# imagen", other: "# imágenes" }),
} satisfies typeof en;
