import { describe, expect, it } from "vitest";
import { PRESETS, expandIdea, fill } from "./presets";

describe("expandIdea", () => {
  it("makes a short idea a full English prompt, the same every time", () => {
    const full =
      "A red fox in the snow. A detailed image: balanced composition with the subject clearly framed; " +
      "soft natural lighting with gentle shadows; a harmonious palette of natural colours; sharp focus, high detail.";
    expect(expandIdea("  a red   fox in the snow. ")).toBe(full);
    expect(expandIdea("a red fox in the snow")).toBe(full);
  });

  it("leaves out what the idea already says, and expanding twice changes nothing", () => {
    const once = expandIdea("A lighthouse at sunset, wide shot");
    expect(once).toBe("A lighthouse at sunset, wide shot. A detailed image: a harmonious palette of natural colours; sharp focus, high detail.");
    expect(expandIdea(once)).toBe(once);
    const complete = "A close-up of a cat, golden hour, muted colours, highly detailed fur. Sharp focus.";
    expect(expandIdea(complete)).toBe(complete);
  });

  it("keeps an idea in any language as the subject, with its own punctuation replaced", () => {
    expect(expandIdea("雪の中のキツネ。")).toMatch(/^雪の中のキツネ\. A detailed image: balanced composition/);
    expect(expandIdea("قطة على النافذة؟")).toMatch(/^قطة على النافذة\. A detailed image: /);
  });

  it("gives nothing for nothing", () => {
    expect(expandIdea("")).toBe("");
    expect(expandIdea("  \n ")).toBe("");
    expect(expandIdea("…")).toBe("…");
  });
});

describe("fill", () => {
  it("puts values, or the fallbacks, into a preset's template", () => {
    const background = PRESETS.find((p) => p.id === "background")!;
    expect(fill(background, {})).toContain("replace the background with a quiet beach at sunset.");
    expect(fill(background, { background: " a snowy forest " })).toContain("with a snowy forest.");
  });
});

describe("preset levels", () => {
  it("every preset hides other people's faces, and the background swap replaces the background on the device", () => {
    for (const p of PRESETS) expect(p.levels).toContain("bystanders");
    expect(PRESETS.find((p) => p.id === "background")?.levels).toEqual(["background", "bystanders"]);
    // A preset never crops to the subject on its own: the window has no box to draw for a photo without a person.
    expect(PRESETS.flatMap((p) => p.levels)).not.toContain("subject");
  });
});
