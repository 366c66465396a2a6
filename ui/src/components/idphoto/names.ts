// Document names in the window's language. The core's catalog (src-tauri/idphoto/specs.toml)
// names each document in English; the idphoto catalog translates them by spec id, and the
// country comes from the platform's own table (Intl.DisplayNames) by the id's region code
// ("de-passport" → DE), so every language gets the CLDR name. An id the catalog does not know
// (a spec added in the core later) keeps the core's English names.
import type { Messages } from "../../lib/i18n/catalogs";
import type { Spec } from "../../lib/ipc";

type DocEntry = { country?: string; document: string };
export type DocName = { country: string; document: string };

const regionNames = new Map<string, Intl.DisplayNames | null>();

function regionName(locale: string, code: string): string | null {
  if (!regionNames.has(locale)) {
    let names: Intl.DisplayNames | null;
    try {
      names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    } catch {
      names = null; // no Intl.DisplayNames here: the core's English names
    }
    regionNames.set(locale, names);
  }
  try {
    return regionNames.get(locale)?.of(code) ?? null;
  } catch {
    return null;
  }
}

/** The country (or area) and document of `spec` in the catalog's language. */
export function docName(spec: Pick<Spec, "id" | "country" | "document">, m: Messages["idphoto"], locale: string): DocName {
  const entry = (m.docs as Record<string, DocEntry | undefined>)[spec.id];
  if (!entry) return { country: spec.country, document: spec.document };
  const region = /^([a-z]{2})-/.exec(spec.id)?.[1];
  const country = entry.country ?? (region ? regionName(locale, region.toUpperCase()) : null) ?? spec.country;
  return { country, document: entry.document };
}

/** Lower case without Latin accents, so "mexico" finds "México". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/**
 * Whether every word of `query` is in the document's translated names, its English names or
 * its id: a person may search in the window's language or in English.
 */
export function matches(spec: Pick<Spec, "id" | "country" | "document">, name: DocName, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([name.country, name.document, spec.country, spec.document, spec.id].join(" "));
  return words.every((w) => haystack.includes(w));
}
