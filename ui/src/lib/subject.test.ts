import { describe, expect, it } from "vitest";
import { boxFromDrag, centreIn, shared, usesSubject, withLevel } from "./subject";

describe("boxFromDrag", () => {
  it("makes a box from any two corners, in whole pixels", () => {
    expect(boxFromDrag({ x: 10.4, y: 20.6 }, { x: 110.2, y: 80 }, 400, 300)).toEqual([10, 21, 100, 59]);
    expect(boxFromDrag({ x: 110, y: 80 }, { x: 10, y: 20 }, 400, 300)).toEqual([10, 20, 100, 60]);
  });

  it("says whether a face's centre is inside a box", () => {
    expect(centreIn([10, 10, 20, 20], [0, 0, 25, 25])).toBe(true);
    expect(centreIn([10, 10, 20, 20], [21, 0, 25, 25])).toBe(false);
  });

  it("keeps the box inside the image when the drag leaves it", () => {
    expect(boxFromDrag({ x: -30, y: 250 }, { x: 500, y: 900 }, 400, 300)).toEqual([0, 250, 400, 50]);
  });
});

describe("levels per reference", () => {
  const a = {
    levels: ["bystanders" as const],
    subject_box: [1, 2, 300, 400] as [number, number, number, number],
    hide: [],
    unhide: [],
  };
  const b = { levels: [], subject_box: null, hide: [], unhide: [] };

  it("says whether every, some or none of the references have a level", () => {
    expect(shared([a, b], "bystanders")).toBe("some");
    expect(shared([a, a], "bystanders")).toBe("all");
    expect(shared([a, b], "background")).toBe("none");
  });

  it("adds a level once and drops the subject box with the last level that uses it", () => {
    expect(withLevel(a, "bystanders", true).levels).toEqual(["bystanders"]);
    expect(withLevel(a, "subject", true)).toEqual({
      levels: ["bystanders", "subject"],
      subject_box: a.subject_box,
      hide: [],
      unhide: [],
    });
    expect(withLevel(a, "background", true).subject_box).toEqual(a.subject_box);
    expect(withLevel(a, "bystanders", false)).toEqual({ levels: [], subject_box: null, hide: [], unhide: [] });
    const marked = { ...a, hide: [[0, 0, 10, 10] as [number, number, number, number]] };
    expect(withLevel(marked, "background", true).hide).toEqual(marked.hide);
    expect(withLevel(marked, "bystanders", false).hide).toEqual([]);
    expect(usesSubject(["background"])).toBe(false);
    expect(usesSubject(["subject"])).toBe(true);
  });
});
