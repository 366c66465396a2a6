import type en from "../en/common";
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "Cancelar",
  close: "Fechar",
  save: "Salvar",
  delete: "Excluir",
  retry: "Tentar de novo",
  open: "Abrir",
  back: "Voltar",
  loading: "Carregando…",
  images: (n: number) => plural("pt-BR", n, { one: "# imagem", other: "# imagens" }),
} satisfies typeof en;
