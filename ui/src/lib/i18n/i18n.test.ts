import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalogs";
import { LOCALES, negotiate } from "./locales";
import { plural } from "./plural";
import { formatBytes } from "./format";

// Every key of a catalog, as dotted paths; a function's value is called with sample
// arguments so its output can be compared too.
function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === "string") out.set(path, v);
    else if (typeof v === "function") out.set(path, String((v as (...a: unknown[]) => unknown)(...SAMPLE_ARGS)));
    else if (v && typeof v === "object") for (const [k, s] of flatten(v, path)) out.set(k, s);
  }
  return out;
}
const SAMPLE_ARGS = [7, "X", "Y", "Z"];

// Words that are the same in every language: names, units, codes.
const SAME_EVERYWHERE = /^(Seed Studio|Gemini|OpenAI|Seedream|Kling|Seedance|JPEG|PNG|ZIP|DPI|ERASE|OK|[#\d\s.,:%×x\-–+/()·]*|[A-Z0-9_:.-]+)$/;

describe("catalogs", () => {
  const english = flatten(CATALOGS.en);

  it("English is not empty", () => {
    expect(english.size).toBeGreaterThan(100);
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    const catalog = flatten(CATALOGS[locale]);

    it(`${locale} has exactly English's keys`, () => {
      const missing = [...english.keys()].filter((k) => !catalog.has(k));
      const extra = [...catalog.keys()].filter((k) => !english.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${locale} leaves no English sentence untranslated`, () => {
      const untranslated = [...english].filter(
        ([key, text]) => catalog.get(key) === text && !SAME_EVERYWHERE.test(text.trim()),
      );
      expect(untranslated.map(([k]) => k)).toEqual([]);
    });
  }
});

describe("negotiate", () => {
  it("follows the OS tag, then the language, else English", () => {
    expect(negotiate(["ja-JP"])).toBe("ja");
    expect(negotiate(["ja_JP.UTF-8"])).toBe("ja");
    expect(negotiate(["pt-PT"])).toBe("pt-BR");
    expect(negotiate(["zh-TW", "en"])).toBe("zh-CN");
    expect(negotiate(["ar-EG"])).toBe("ar");
    expect(negotiate(["sv-SE", "de-AT"])).toBe("de");
    expect(negotiate(["sv-SE"])).toBe("en");
  });
});

describe("plural", () => {
  it("uses each language's CLDR forms", () => {
    const ar = { zero: "لا صور", one: "صورة واحدة", two: "صورتان", few: "# صور", many: "# صورة", other: "# صورة" };
    expect(plural("ar", 0, ar)).toBe("لا صور");
    expect(plural("ar", 2, ar)).toBe("صورتان");
    expect(plural("ar", 3, ar)).toBe(`${new Intl.NumberFormat("ar").format(3)} صور`);
    expect(plural("ar", 11, ar)).toBe(`${new Intl.NumberFormat("ar").format(11)} صورة`);
    expect(plural("en", 1, { one: "# image", other: "# images" })).toBe("1 image");
    expect(plural("en", 1200, { one: "# image", other: "# images" })).toBe("1,200 images");
    expect(plural("ja", 1, { other: "#枚" })).toBe("1枚");
  });
});

describe("formatBytes", () => {
  it("formats for the locale", () => {
    expect(formatBytes("en", 3_500_000)).toBe("3.5 MB");
    expect(formatBytes("de", 3_500_000)).toBe("3,5 MB");
    expect(formatBytes("en", 512)).toMatch(/^512 /);
    expect(formatBytes("ja", 2_000_000_000)).toContain("2");
  });
});
