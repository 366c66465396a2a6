import type en from "../en/common";
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "रद्द करें",
  close: "बंद करें",
  save: "सहेजें",
  delete: "हटाएँ",
  retry: "फिर से कोशिश करें",
  open: "खोलें",
  back: "वापस",
  loading: "लोड हो रहा है…",
  images: (n: number) => plural("hi", n, { other: "# इमेज" }),
} satisfies typeof en;
