// Every language's catalog. English is the source: the others must have exactly its keys
// (`satisfies` in each area file checks that at compile time; i18n.test.ts at test time).
import type { Locale } from "../locales";
import ar from "./ar";
import de from "./de";
import en from "./en";
import es from "./es";
import fr from "./fr";
import hi from "./hi";
import ja from "./ja";
import ko from "./ko";
import ptBR from "./pt-BR";
import zhCN from "./zh-CN";

export type Messages = typeof en;

export const CATALOGS: Record<Locale, Messages> = {
  en,
  "zh-CN": zhCN,
  ja,
  ko,
  es,
  "pt-BR": ptBR,
  fr,
  de,
  hi,
  ar,
};
