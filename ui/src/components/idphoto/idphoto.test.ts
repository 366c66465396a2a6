import { describe, expect, it } from "vitest";
import { CATALOGS } from "../../lib/i18n/catalogs";
import { LOCALES } from "../../lib/i18n/locales";
import type { Check, Spec } from "../../lib/ipc";
import { outputPoint, photoPerOutput, strokeInPhoto, strokeOnOutput, toOutput, toPhoto, type Affine } from "./brush";
import { checkText } from "./checkText";
import { docName, matches } from "./names";

const US: Spec = {
  id: "us-passport",
  country: "United States",
  document: "Passport",
  name: "United States — Passport",
  width_mm: 50.8,
  height_mm: 50.8,
  dpi: 300,
  head_mm: [25.4, 34.9],
  crown: "hair",
  eye_mm: [28.6, 34.9],
  top_mm: null,
  backgrounds: ["#FFFFFF"],
  replace_background: true,
  smile: false,
  digital: null,
  source: "",
  source_kind: "official",
  checked: "2026-11-23",
};
const check = (id: string, status: Check["status"], value: number | null = null): Check => ({
  id,
  status,
  message: `core: ${id}`,
  value,
});
const en = CATALOGS.en.idphoto;

describe("compliance sentences", () => {
  it("say what the core says, in English", () => {
    expect(checkText(check("head_height", "pass", 30), US, en.checks, "en")).toBe(
      "The head (chin to crown) is 30.0 mm, within the required 25.4–34.9 mm",
    );
    expect(checkText(check("head_height", "fail", 20.04), US, en.checks, "en")).toBe(
      "The head (chin to crown) is 20.0 mm, below the required 25.4–34.9 mm",
    );
    expect(checkText(check("eye_line", "fail", 36), US, en.checks, "en")).toBe(
      "The eye line, from the bottom, is 36.0 mm, above the required 28.6–34.9 mm",
    );
    expect(checkText(check("top_margin", "fail", 0.5), US, en.checks, "en")).toBe("The top of the head touches the edge");
    expect(checkText(check("roll", "pass", -0.5), US, en.checks, "en")).toBe("The head is level");
    expect(checkText(check("roll", "pass", -6.2), US, en.checks, "en")).toBe("The head was tilted 6° and has been levelled");
    expect(checkText(check("roll", "warn", 20), US, en.checks, "en")).toContain("tilted 20°; levelled");
    expect(checkText(check("level", "fail", -8.2), US, en.checks, "en")).toBe(
      "The head is still tilted 8° in the result; use a photo with the head upright",
    );
    expect(checkText(check("resolution", "warn", 1.34), US, en.checks, "en")).toBe(
      "The face was enlarged 1.3×; a closer or sharper photo would be better",
    );
    expect(checkText(check("background", "fail"), US, en.checks, "en")).toBe(en.checks.background.rejected);
    expect(checkText(check("background", "fail", 40), US, en.checks, "en")).toBe(en.checks.background.notPlain);
    expect(checkText(check("exposure", "warn", 0.9), US, en.checks, "en")).toBe("The face is rather bright");
    expect(checkText(check("exposure", "fail", 0.1), US, en.checks, "en")).toBe("The face is too dark");
    expect(checkText(check("frame_bottom", "fail", 9.4), US, en.checks, "en")).toBe(
      "The photo ends 9 mm above where the shoulders should be: take it from further away",
    );
    expect(checkText(check("background_remnants", "warn", 14.5), US, en.checks, "en")).toBe(
      "About 15 mm² beside or above the head is kept as part of the person; if it is the old background, remove it with the brush",
    );
    expect(checkText(check("coverage", "warn", 0.04), US, en.checks, "en")).toBe(
      "Part of the frame (4%) lies outside the photo; its edges were extended",
    );
  });

  it("word a warned mouth as a smile where the document accepts one", () => {
    const smiling = { ...US, smile: true };
    expect(checkText(check("mouth_closed", "warn", 0.3), smiling, en.checks, "en")).toBe(
      "Teeth show in a smile; this document accepts a natural smile, not an open mouth",
    );
    expect(checkText(check("mouth_closed", "warn", 0.15), US, en.checks, "en")).toBe(
      "The mouth looks slightly open; keep a neutral expression",
    );
    expect(checkText(check("mouth_closed", "fail", 0.5), smiling, en.checks, "en")).toBe("The mouth is open; keep it closed");
  });

  it("format values for the locale", () => {
    expect(checkText(check("head_height", "pass", 30), US, CATALOGS.de.idphoto.checks, "de")).toContain("30,0");
    expect(checkText(check("head_height", "pass", 30), US, CATALOGS.fr.idphoto.checks, "fr")).toContain("25,4");
  });

  it("fall back to the core's message for an unknown check", () => {
    expect(checkText(check("new_rule", "warn", 1), US, en.checks, "en")).toBe("core: new_rule");
  });

  for (const locale of LOCALES) {
    it(`${locale} has a sentence for every check and outcome`, () => {
      const m = CATALOGS[locale].idphoto.checks;
      const all: Check[] = [
        check("one_face", "pass"),
        ...(["pass", "fail"] as const).flatMap((s) => [check("head_height", s, 30), check("eye_line", s, 40)]),
        check("top_margin", "fail", 0.2),
        check("roll", "pass", 0),
        check("roll", "pass", 5),
        check("roll", "warn", 20),
        check("level", "pass", 0.5),
        check("level", "fail", -8.2),
        ...(["pass", "warn", "fail"] as const).flatMap((s) => [
          check("yaw", s, 0.1),
          check("eyes_open", s, 0.2),
          check("mouth_closed", s, 0.1),
          check("sharpness", s, 10),
          check("background", s),
          check("background", s, 10),
          check("exposure", s, 0.2),
          check("exposure", s, 0.9),
          check("resolution", s, 1.4),
        ]),
        check("coverage", "pass", 0.05),
        check("coverage", "warn", 0.05),
        ...(["pass", "fail"] as const).flatMap((s) => [check("frame_bottom", s, 9), check("frame_sides", s, 4)]),
        check("hair", "pass", 3),
        check("hair", "warn", 0),
        check("background_remnants", "pass", 0),
        check("background_remnants", "warn", 15),
      ];
      for (const spec of [US, { ...US, smile: true }]) {
        for (const c of all) {
          const text = checkText(c, spec, m, locale);
          expect(text, `${c.id} ${c.status}`).not.toMatch(/^core:|undefined|NaN/);
        }
      }
    });
  }
});

describe("document names", () => {
  it("translate known ids and keep the core's names for unknown ones", () => {
    expect(docName(US, CATALOGS.de.idphoto, "de")).toEqual({ country: "Vereinigte Staaten", document: "Reisepass" });
    expect(docName({ id: "xx-new", country: "Atlantis", document: "Pass" }, CATALOGS.de.idphoto, "de")).toEqual({
      country: "Atlantis",
      document: "Pass",
    });
  });

  it("are found in the window's language and in English", () => {
    const schengen = { id: "schengen-visa", country: "Schengen area", document: "Visa (ICAO 35×45)" };
    const name = docName(schengen, CATALOGS.fr.idphoto, "fr");
    expect(matches(schengen, name, "Schengen")).toBe(true);
    expect(matches(schengen, name, "espace")).toBe(true);
    const mx = { id: "mx-passport", country: "Mexico", document: "Passport" };
    expect(matches(mx, docName(mx, CATALOGS.es.idphoto, "es"), "mexico pasaporte")).toBe(true);
    expect(matches(mx, docName(mx, CATALOGS.es.idphoto, "es"), "passport")).toBe(true);
    expect(matches(mx, docName(mx, CATALOGS.es.idphoto, "es"), "japón")).toBe(false);
  });

  it("cover every document in every language", () => {
    for (const locale of LOCALES) {
      expect(Object.keys(CATALOGS[locale].idphoto.docs)).toEqual(Object.keys(en.docs));
    }
  });
});

describe("the cut-out brush", () => {
  // Output → photo: scaled 2.5×, turned 90°, moved (what levelling and placing do).
  const m: Affine = [0, -2.5, 900, 2.5, 0, 100];

  it("maps output to photo and back", () => {
    const photo = toPhoto(m, [40, 20]);
    expect(photo).toEqual([850, 200]);
    const back = toOutput(m, photo);
    expect(back?.[0]).toBeCloseTo(40);
    expect(back?.[1]).toBeCloseTo(20);
    expect(photoPerOutput(m)).toBeCloseTo(2.5);
    expect(toOutput([0, 0, 1, 0, 0, 1], [5, 5])).toBeNull();
  });

  it("keeps a stroke in the photo's pixels and draws it back where it was painted", () => {
    const s = strokeInPhoto(m, false, [[10, 10], [30, 10]], 4);
    expect(s).toEqual({ add: false, radius: 10, points: [[875, 125], [875, 175]] });
    const drawn = strokeOnOutput(m, s);
    expect(drawn?.width).toBeCloseTo(8);
    expect(drawn?.d).toBe("M10.0 10.0 L30.0 10.0");
    // The person moved 12 output pixels right: the same stroke is drawn 12 pixels right.
    const moved: Affine = [0, -2.5, 900, 2.5, 0, 100 - 30];
    expect(strokeOnOutput(moved, s)?.d).toBe("M22.0 10.0 L42.0 10.0");
  });

  it("reads a pointer over a preview shown at another size", () => {
    expect(outputPoint({ left: 100, top: 50, width: 300, height: 300 }, 250, 125, 600, 600)).toEqual([300, 150]);
  });
});
