// The cut-out brush's geometry. Strokes are drawn on the preview (output pixels) and kept in the
// photo's own pixels, through the core's affine map `Geometry.to_photo`, so a stroke stays on the
// same strand of hair when the person is moved or resized in the frame.
import type { Stroke } from "../../lib/ipc";

/** x = a·u + b·v + c, y = d·u + e·v + f. */
export type Affine = [number, number, number, number, number, number];

export type Point = [number, number];

/** Output pixel → photo pixel. */
export function toPhoto(m: Affine, [u, v]: Point): Point {
  const [a, b, c, d, e, f] = m;
  return [a * u + b * v + c, d * u + e * v + f];
}

/** Photo pixel → output pixel (the inverse map); null when the map cannot be inverted. */
export function toOutput(m: Affine, [x, y]: Point): Point | null {
  const [a, b, c, d, e, f] = m;
  const det = a * e - b * d;
  if (Math.abs(det) < 1e-12) return null;
  return [(e * (x - c) - b * (y - f)) / det, (a * (y - f) - d * (x - c)) / det];
}

/** Photo pixels per output pixel (the map's uniform scale). */
export function photoPerOutput(m: Affine): number {
  const [a, b, , d, e] = m;
  return Math.sqrt(Math.abs(a * e - b * d));
}

/** A stroke drawn on the output (`points`, `radius` in output pixels) in the photo's pixels. */
export function strokeInPhoto(m: Affine, add: boolean, points: Point[], radius: number): Stroke {
  return { add, radius: radius * photoPerOutput(m), points: points.map((p) => toPhoto(m, p)) };
}

/** A kept stroke as an SVG path over the current output, with its width in output pixels. */
export function strokeOnOutput(m: Affine, s: Stroke): { d: string; width: number } | null {
  const points = s.points.map((p) => toOutput(m, p));
  if (points.some((p) => p === null) || points.length === 0) return null;
  return { d: svgPath(points as Point[]), width: (2 * s.radius) / photoPerOutput(m) };
}

/** Points as an SVG path ("M10.0 10.0 L30.0 10.0"). */
export function svgPath(points: Point[]): string {
  return points.map(([u, v], i) => `${i ? "L" : "M"}${u.toFixed(1)} ${v.toFixed(1)}`).join(" ");
}

/** A pointer position over an element showing a `width`×`height` output, in output pixels. */
export function outputPoint(rect: { left: number; top: number; width: number; height: number }, x: number, y: number, width: number, height: number): Point {
  return [((x - rect.left) / rect.width) * width, ((y - rect.top) / rect.height) * height];
}
