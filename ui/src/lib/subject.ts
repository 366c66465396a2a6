// Per-reference minimization in Create: each reference's levels and subject box, and the
// "for every reference" checkboxes over them.
import type { Level, RefMinimize } from "./ipc";

/** A box in an image's pixels: left, top, width, height. */
export type PixelBox = [number, number, number, number];

/** The box between two drag points, whole pixels inside a `width`×`height` image. */
export function boxFromDrag(
  a: { x: number; y: number },
  b: { x: number; y: number },
  width: number,
  height: number,
): PixelBox {
  const clamp = (v: number, max: number) => Math.min(Math.max(Math.round(v), 0), max);
  const [x0, x1] = [clamp(Math.min(a.x, b.x), width), clamp(Math.max(a.x, b.x), width)];
  const [y0, y1] = [clamp(Math.min(a.y, b.y), height), clamp(Math.max(a.y, b.y), height)];
  return [x0, y0, x1 - x0, y1 - y0];
}

/** Whether every, some or none of `chosen` references have `level`. */
export function shared(hows: RefMinimize[], level: Level): "all" | "some" | "none" {
  const n = hows.filter((h) => h.levels.includes(level)).length;
  return n === 0 ? "none" : n === hows.length ? "all" : "some";
}

/** `how` with `level` on or off; its subject box goes when no level is left that uses it, and
 * the regions hidden or left visible by hand go with "hide other people's faces". */
export function withLevel(how: RefMinimize, level: Level, on: boolean): RefMinimize {
  const levels = on ? [...new Set([...how.levels, level])] : how.levels.filter((l) => l !== level);
  return withLevels(how, levels);
}

/** `how` with `levels`, keeping what of its choices they still use. */
export function withLevels(how: RefMinimize, levels: Level[]): RefMinimize {
  const hiding = levels.includes("bystanders");
  return {
    levels,
    subject_box: usesSubject(levels) ? (how.subject_box ?? null) : null,
    hide: hiding ? (how.hide ?? []) : [],
    unhide: hiding ? (how.unhide ?? []) : [],
  };
}

/** Whether the centre of `inner` lies inside `outer` (a face inside a box). */
export function centreIn(inner: PixelBox, outer: PixelBox): boolean {
  const [cx, cy] = [inner[0] + inner[2] / 2, inner[1] + inner[3] / 2];
  return cx >= outer[0] && cy >= outer[1] && cx < outer[0] + outer[2] && cy < outer[1] + outer[3];
}

/** Whether `levels` look for the subject (to crop to it, or to spare its face). */
export function usesSubject(levels: Level[]): boolean {
  return levels.includes("subject") || levels.includes("bystanders");
}
