import { describe, expect, it } from "vitest";
import { MAX_STEPS, Mask, maskSize } from "./mask";

const at = (mask: Mask, x: number, y: number): number => mask.data[y * mask.width + x];

/** One committed stroke, as the editor makes it. */
function paint(mask: Mask, x: number, y: number, radius = 5, erase = false): void {
  mask.begin();
  mask.stamp(x, y, radius, 1, erase);
  mask.commit();
}

describe("stamp", () => {
  it("covers the pixels inside its radius and none outside", () => {
    const mask = new Mask(100, 100);
    mask.stamp(50, 50, 10, 1, false);
    for (let y = 0; y < 100; y++) {
      for (let x = 0; x < 100; x++) {
        const inside = Math.hypot(x + 0.5 - 50, y + 0.5 - 50) <= 10;
        expect(at(mask, x, y), `${x},${y}`).toBe(inside ? 255 : 0);
      }
    }
  });

  it("fades a soft dab out towards its edge", () => {
    const mask = new Mask(100, 100);
    mask.stamp(50, 50, 20, 0.5, false);
    expect(at(mask, 50, 50)).toBe(255);
    expect(at(mask, 59, 50)).toBe(255); // inside the hard half
    const edge = at(mask, 65, 50);
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(255);
    expect(at(mask, 71, 50)).toBe(0);
  });

  it("keeps the larger value instead of adding up", () => {
    const mask = new Mask(100, 100);
    mask.stamp(50, 50, 20, 0, false);
    const once = at(mask, 62, 50);
    mask.stamp(50, 50, 20, 0, false);
    expect(at(mask, 62, 50)).toBe(once);
  });

  it("clips at the borders", () => {
    const mask = new Mask(20, 10);
    expect(mask.stamp(0, 0, 4, 1, false)).toEqual({ x: 0, y: 0, width: 4, height: 4 });
    expect(at(mask, 0, 0)).toBe(255);
    expect(mask.stamp(-50, -50, 4, 1, false)).toBeNull();
  });

  it("erases", () => {
    const mask = new Mask(100, 100);
    mask.stamp(50, 50, 20, 1, false);
    mask.stamp(50, 50, 5, 1, true);
    expect(at(mask, 50, 50)).toBe(0);
    expect(at(mask, 60, 50)).toBe(255);
    // A soft eraser only lowers a value, down to 255 - dab.
    mask.stamp(50, 50, 20, 0, true);
    expect(at(mask, 66, 50)).toBeGreaterThan(0);
    expect(at(mask, 66, 50)).toBeLessThan(255);
  });
});

describe("stroke", () => {
  it("leaves no gap between two far points", () => {
    const mask = new Mask(400, 50);
    mask.stroke({ x: 5, y: 25 }, { x: 395, y: 25 }, 3, 1, false);
    for (let x = 5; x < 395; x++) expect(at(mask, x, 25), `x=${x}`).toBe(255);
    expect(at(mask, 200, 25 + 4)).toBe(0);
  });

  it("leaves no gap with a 1 px brush either", () => {
    const mask = new Mask(300, 300);
    mask.stroke({ x: 10.5, y: 10.5 }, { x: 290.5, y: 290.5 }, 1, 1, false);
    for (let i = 11; i < 290; i++) expect(at(mask, i, i), `i=${i}`).toBe(255);
  });
});

describe("invert and clear", () => {
  it("invert flips every byte, clear empties", () => {
    const mask = new Mask(10, 10);
    mask.stamp(2, 2, 2, 0.5, false);
    const before = Uint8Array.from(mask.data);
    mask.invert();
    expect(mask.data.every((v, i) => v === 255 - before[i])).toBe(true);
    mask.clear();
    expect(mask.data.every((v) => v === 0)).toBe(true);
  });
});

describe("load", () => {
  it("takes a kept mask's grey levels as one undoable step", () => {
    const m = new Mask(4, 2);
    const rgba = new Uint8ClampedArray(4 * 2 * 4);
    for (const i of [1, 6]) rgba.fill(255, i * 4, i * 4 + 4);
    rgba.fill(100, 2 * 4, 2 * 4 + 4); // below the threshold: not painted
    m.begin();
    m.load(rgba);
    expect(m.commit()).toBe(true);
    expect([...m.data]).toEqual([0, 255, 0, 0, 0, 0, 255, 0]);
    m.undo();
    expect([...m.data]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("undo and redo", () => {
  it("restore the exact bytes", () => {
    const mask = new Mask(64, 48);
    paint(mask, 10, 10, 6);
    const first = Uint8Array.from(mask.data);
    mask.begin();
    mask.stroke({ x: 5, y: 40 }, { x: 60, y: 12 }, 7, 0.3, false);
    mask.commit();
    const second = Uint8Array.from(mask.data);
    mask.begin();
    mask.invert();
    mask.commit();
    const third = Uint8Array.from(mask.data);

    expect(mask.undo()).toEqual({ x: 0, y: 0, width: 64, height: 48 });
    expect(mask.data).toEqual(second);
    expect(mask.undo()).not.toBeNull();
    expect(mask.data).toEqual(first);
    expect(mask.undo()).not.toBeNull();
    expect(mask.data.every((v) => v === 0)).toBe(true);
    expect(mask.canUndo).toBe(false);
    expect(mask.undo()).toBeNull();

    mask.redo();
    mask.redo();
    mask.redo();
    expect(mask.data).toEqual(third);
    expect(mask.canRedo).toBe(false);
  });

  it("record only what changed", () => {
    const mask = new Mask(10, 10);
    mask.begin();
    mask.stamp(5, 5, 3, 1, true); // erasing nothing
    expect(mask.commit()).toBe(false);
    mask.begin();
    mask.clear();
    expect(mask.commit()).toBe(false);
    expect(mask.canUndo).toBe(false);
  });

  it("drop the redo steps after a new stroke", () => {
    const mask = new Mask(32, 32);
    paint(mask, 8, 8);
    paint(mask, 24, 24);
    mask.undo();
    expect(mask.canRedo).toBe(true);
    paint(mask, 8, 24);
    expect(mask.canRedo).toBe(false);
    expect(mask.redo()).toBeNull();
    expect(at(mask, 24, 24)).toBe(0);
    expect(at(mask, 8, 24)).toBe(255);
  });

  it(`keep at most ${MAX_STEPS} steps`, () => {
    const mask = new Mask(200, 10);
    for (let i = 0; i < MAX_STEPS + 10; i++) paint(mask, i * 3 + 1.5, 5, 1);
    let undone = 0;
    while (mask.undo()) undone++;
    expect(undone).toBe(MAX_STEPS);
    // The first ten dabs are past the bound and stay painted.
    expect(at(mask, 1, 5)).toBe(255);
    expect(at(mask, 9 * 3 + 1, 5)).toBe(255);
    expect(at(mask, 10 * 3 + 1, 5)).toBe(0);
  });
});

describe("box and coverage", () => {
  it("are null and 0 when empty", () => {
    const mask = new Mask(10, 10);
    expect(mask.box()).toBeNull();
    expect(mask.coverage()).toBe(0);
  });

  it("count only pixels at or over half coverage", () => {
    const mask = new Mask(10, 10);
    mask.data[2 * 10 + 3] = 128;
    mask.data[7 * 10 + 6] = 255;
    mask.data[9 * 10 + 9] = 127;
    expect(mask.box()).toEqual({ x: 3, y: 2, width: 4, height: 6 });
    expect(mask.coverage()).toBe(0.02);
    mask.invert();
    expect(mask.coverage()).toBe(0.98); // 128 became 127 and 127 became 128
    expect(mask.box()).toEqual({ x: 0, y: 0, width: 10, height: 10 });
  });

  it("measure a hard dab", () => {
    const mask = new Mask(100, 100);
    mask.stamp(50, 50, 10, 1, false);
    expect(mask.box()).toEqual({ x: 40, y: 40, width: 20, height: 20 });
    expect(mask.coverage()).toBeCloseTo((Math.PI * 10 * 10) / 10_000, 2);
  });
});

describe("pixels", () => {
  it("toGrey is opaque white where selected and opaque black elsewhere", () => {
    const mask = new Mask(3, 1);
    mask.data.set([255, 128, 127]);
    expect([...mask.toGrey()]).toEqual([255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255]);
  });

  it("toRgba scales the colour's alpha by the coverage, in the rectangle asked for", () => {
    const mask = new Mask(2, 1);
    mask.data.set([255, 102]);
    expect([...mask.toRgba([255, 40, 90, 200])]).toEqual([255, 40, 90, 200, 255, 40, 90, 80]);
    const out = new Uint8ClampedArray(8);
    mask.toRgba([1, 2, 3, 255], out, { x: 1, y: 0, width: 1, height: 1 });
    expect([...out]).toEqual([0, 0, 0, 0, 1, 2, 3, 102]);
  });
});

describe("maskSize", () => {
  it("scales a landscape image's width to 2048", () => {
    expect(maskSize(4032, 3024)).toEqual({ width: 2048, height: 1536 });
    expect(maskSize(6000, 1000)).toEqual({ width: 2048, height: 341 });
  });

  it("scales a portrait image's height to 2048", () => {
    expect(maskSize(3000, 4000)).toEqual({ width: 1536, height: 2048 });
    expect(maskSize(1080, 2400)).toEqual({ width: 922, height: 2048 });
  });

  it("never scales up, and keeps at least one pixel", () => {
    expect(maskSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(maskSize(2048, 2048)).toEqual({ width: 2048, height: 2048 });
    expect(maskSize(100_000, 10)).toEqual({ width: 2048, height: 1 });
    expect(maskSize(0, 0)).toEqual({ width: 1, height: 1 });
  });

  it("takes another longest side", () => {
    expect(maskSize(1000, 500, 512)).toEqual({ width: 512, height: 256 });
  });
});
