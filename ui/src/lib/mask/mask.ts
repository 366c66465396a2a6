// The region of an image an edit may change, painted at the mask resolution: one byte of
// coverage per pixel, 255 = edit here. Pure logic (no DOM) so it can be tested on its own.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** What the editor reports after each change: the box in mask pixels, the share selected. */
export interface MaskInfo {
  box: Box | null;
  coverage: number;
  maskWidth: number;
  maskHeight: number;
}

/** An overlay colour: red, green, blue and the alpha of full coverage, each 0..255. */
export type Rgba = readonly [number, number, number, number];

/** Coverage from which a pixel counts as selected (in the PNG, the box and the share). */
export const THRESHOLD = 128;
/** Undo steps kept; older ones are dropped. */
export const MAX_STEPS = 50;

/** One undo step: a rectangle and the bytes it held on the other side of the step. */
interface Step extends Box {
  bytes: Uint8Array;
}

/**
 * The mask resolution for an image: its size scaled down (never up) so the longest side is at
 * most `longest`. The core scales a mask of the same aspect ratio to the image, and painting
 * 12 MP in the webview would be slow for nothing.
 */
export function maskSize(naturalWidth: number, naturalHeight: number, longest = 2048): { width: number; height: number } {
  const scale = Math.min(1, longest / Math.max(naturalWidth, naturalHeight, 1));
  return {
    width: Math.max(1, Math.round(naturalWidth * scale)),
    height: Math.max(1, Math.round(naturalHeight * scale)),
  };
}

/** The smallest box holding both (either may be null). */
export function union(a: Box | null, b: Box | null): Box | null {
  if (!a || !b) return a ?? b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

export class Mask {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
  private undoSteps: Step[] = [];
  private redoSteps: Step[] = [];
  /** The bytes as they were at `begin()`; one reused buffer, so a stroke allocates nothing. */
  private before: Uint8Array | null = null;
  private open = false;
  /** What the open operation may have touched. */
  private dirty: Box | null = null;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.data = new Uint8Array(width * height);
  }

  get canUndo(): boolean {
    return !this.open && this.undoSteps.length > 0;
  }

  get canRedo(): boolean {
    return !this.open && this.redoSteps.length > 0;
  }

  /** Start an operation (a stroke, invert, clear) that `commit()` makes one undo step. */
  begin(): void {
    this.before ??= new Uint8Array(this.data.length);
    this.before.set(this.data);
    this.open = true;
    this.dirty = null;
  }

  /** End the operation; records an undo step if any byte changed, and says whether one did. */
  commit(): boolean {
    if (!this.open || !this.before) return false;
    this.open = false;
    const rect = this.dirty && this.changed(this.dirty, this.before);
    this.dirty = null;
    if (!rect) return false;
    // Keep only the changed rectangle's previous bytes: a dab costs its size, not 4 MB.
    const bytes = new Uint8Array(rect.width * rect.height);
    for (let row = 0; row < rect.height; row++) {
      const start = (rect.y + row) * this.width + rect.x;
      bytes.set(this.before.subarray(start, start + rect.width), row * rect.width);
    }
    this.undoSteps.push({ ...rect, bytes });
    if (this.undoSteps.length > MAX_STEPS) this.undoSteps.shift();
    this.redoSteps = [];
    return true;
  }

  /** Undo the last step; returns the rectangle it changed. */
  undo(): Box | null {
    return this.open ? null : this.move(this.undoSteps, this.redoSteps);
  }

  /** Redo the last undone step; returns the rectangle it changed. */
  redo(): Box | null {
    return this.open ? null : this.move(this.redoSteps, this.undoSteps);
  }

  /**
   * Paint (or erase) one round dab centred on (x, y), in mask pixels. `hardness` 1 is a hard
   * edge; lower values fade out over the outer part of the radius. Painting keeps the larger
   * value, erasing the smaller, so dabs overlapping along a stroke never build up.
   */
  stamp(x: number, y: number, radius: number, hardness: number, erase: boolean): Box | null {
    const r = Math.max(0.5, radius);
    const inner = r * Math.min(1, Math.max(0, hardness));
    const x0 = Math.max(0, Math.floor(x - r));
    const y0 = Math.max(0, Math.floor(y - r));
    const x1 = Math.min(this.width, Math.ceil(x + r));
    const y1 = Math.min(this.height, Math.ceil(y + r));
    if (x0 >= x1 || y0 >= y1) return null;
    for (let py = y0; py < y1; py++) {
      const dy = py + 0.5 - y;
      for (let px = x0; px < x1; px++) {
        const dx = px + 0.5 - x;
        const d2 = dx * dx + dy * dy;
        if (d2 > r * r) continue;
        let value = 255;
        if (d2 > inner * inner) {
          const t = (r - Math.sqrt(d2)) / (r - inner);
          value = Math.round(255 * t * t * (3 - 2 * t)); // smoothstep: no visible ring
        }
        const i = py * this.width + px;
        if (erase) this.data[i] = Math.min(this.data[i], 255 - value);
        else this.data[i] = Math.max(this.data[i], value);
      }
    }
    const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    this.dirty = union(this.dirty, box);
    return box;
  }

  /** Dabs every radius/4 (at least 1 px) from `from` to `to`: a fast pointer leaves no gaps. */
  stroke(from: Point, to: Point, radius: number, hardness: number, erase: boolean): Box | null {
    const spacing = Math.max(1, radius / 4);
    const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / spacing));
    let box: Box | null = null;
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      box = union(box, this.stamp(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t, radius, hardness, erase));
    }
    return box;
  }

  invert(): void {
    for (let i = 0; i < this.data.length; i++) this.data[i] = 255 - this.data[i];
    this.dirty = this.full();
  }

  /** Take a mask's pixels (RGBA at this mask's size, as a canvas reads a PNG): painted where grey ≥ 128. */
  load(rgba: ArrayLike<number>): void {
    for (let i = 0; i < this.data.length; i++) this.data[i] = rgba[i * 4] >= THRESHOLD ? 255 : 0;
    this.dirty = this.full();
  }

  clear(): void {
    this.data.fill(0);
    this.dirty = this.full();
  }

  /** The bounding box and the share of the selected pixels (≥ THRESHOLD), in one pass. */
  measure(): { box: Box | null; coverage: number } {
    let count = 0;
    let minX = this.width;
    let minY = this.height;
    let maxX = -1;
    let maxY = -1;
    for (let y = 0; y < this.height; y++) {
      const row = y * this.width;
      for (let x = 0; x < this.width; x++) {
        if (this.data[row + x] < THRESHOLD) continue;
        count++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        maxY = y;
      }
    }
    const box = maxX < 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
    return { box, coverage: count / this.data.length };
  }

  /** The bounding box of the selected pixels, or null when nothing is selected. */
  box(): Box | null {
    return this.measure().box;
  }

  /** The share of the pixels selected, 0..1. */
  coverage(): number {
    return this.measure().coverage;
  }

  /**
   * The mask as a coloured overlay in an ImageData-shaped RGBA buffer: `colour` with its
   * alpha scaled by the coverage. Only `rect` is written, so a stroke redraws only its dabs.
   */
  toRgba(
    colour: Rgba,
    out: Uint8ClampedArray<ArrayBuffer> = new Uint8ClampedArray(this.data.length * 4),
    rect: Box = this.full(),
  ): Uint8ClampedArray<ArrayBuffer> {
    const [r, g, b, a] = colour;
    for (let y = rect.y; y < rect.y + rect.height; y++) {
      for (let x = rect.x; x < rect.x + rect.width; x++) {
        const i = y * this.width + x;
        const o = i * 4;
        out[o] = r;
        out[o + 1] = g;
        out[o + 2] = b;
        out[o + 3] = (this.data[i] * a) / 255;
      }
    }
    return out;
  }

  /** The mask PNG's pixels: opaque white where selected, opaque black elsewhere. */
  toGrey(): Uint8ClampedArray<ArrayBuffer> {
    const out = new Uint8ClampedArray(this.data.length * 4);
    for (let i = 0; i < this.data.length; i++) {
      const v = this.data[i] >= THRESHOLD ? 255 : 0;
      out.fill(v, i * 4, i * 4 + 3);
      out[i * 4 + 3] = 255;
    }
    return out;
  }

  private full(): Box {
    return { x: 0, y: 0, width: this.width, height: this.height };
  }

  /** The part of `rect` whose bytes differ from `before`, or null if none do. */
  private changed(rect: Box, before: Uint8Array): Box | null {
    let minX = rect.x + rect.width;
    let minY = -1;
    let maxX = -1;
    let maxY = -1;
    for (let y = rect.y; y < rect.y + rect.height; y++) {
      const row = y * this.width;
      for (let x = rect.x; x < rect.x + rect.width; x++) {
        if (this.data[row + x] === before[row + x]) continue;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (minY < 0) minY = y;
        maxY = y;
      }
    }
    return maxX < 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
  }

  /** Take the last step off `from`, swap its bytes with the mask's and put it on `to`. */
  private move(from: Step[], to: Step[]): Box | null {
    const step = from.pop();
    if (!step) return null;
    const { x, y, width, height, bytes } = step;
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const i = (y + row) * this.width + x + col;
        const j = row * width + col;
        const current = this.data[i];
        this.data[i] = bytes[j];
        bytes[j] = current;
      }
    }
    to.push(step);
    return { x, y, width, height };
  }
}
