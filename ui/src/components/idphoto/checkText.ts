// The compliance report in words: one translated sentence per check id and outcome, with the
// measured value and the spec's range formatted for the locale. The sentences mirror the ones
// src-tauri/idphoto/checks.rs builds; an id this file does not know (a check added in the core
// later), or a check without the value its sentence needs, shows the core's English message.
import type { Messages } from "../../lib/i18n/catalogs";
import { formatPercent } from "../../lib/i18n/format";
import type { Check, Spec } from "../../lib/ipc";

type Range = {
  within: (value: string, lo: string, hi: string) => string;
  below: (value: string, lo: string, hi: string) => string;
  above: (value: string, lo: string, hi: string) => string;
};

/** A length or factor to one decimal, as the core measures it ("31.0", "31,0"). */
function oneDecimal(locale: string, n: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

function whole(locale: string, n: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

export function checkText(c: Check, spec: Spec, m: Messages["idphoto"]["checks"], locale: string): string {
  const v = c.value;
  const range = (t: Range, band: [number, number] | null): string => {
    if (v === null || v === undefined || !band) return c.message;
    const [lo, hi] = band;
    const verdict = c.status === "pass" ? t.within : v < lo ? t.below : t.above;
    return verdict(oneDecimal(locale, v), oneDecimal(locale, lo), oneDecimal(locale, hi));
  };
  switch (c.id) {
    case "one_face":
      return m.oneFace;
    case "head_height":
      return range(m.headHeight, spec.head_mm);
    case "eye_line":
      return range(m.eyeLine, spec.eye_mm);
    case "top_margin":
      // Without a margin rule the core only fails a head that touches the edge.
      return spec.top_mm ? range(m.topMargin, spec.top_mm) : m.topMargin.touches;
    case "roll": {
      const degrees = Math.abs(v ?? 0);
      if (c.status !== "pass") return m.roll.tooTilted(whole(locale, degrees));
      return degrees <= 1 ? m.roll.level : m.roll.levelled(whole(locale, degrees));
    }
    case "level":
      return c.status === "pass" ? m.level.pass : m.level.fail(whole(locale, Math.abs(v ?? 0)));
    case "yaw":
      return m.yaw[c.status];
    case "eyes_open":
      return m.eyesOpen[c.status];
    case "mouth_closed":
      // Where the document accepts a natural smile, the core warns only for one.
      return spec.smile && c.status === "warn" ? m.mouthClosed.smile : m.mouthClosed[c.status];
    case "sharpness":
      return m.sharpness[c.status];
    case "background":
      // Without a value: the background was replaced (accepted or not), or too little shows.
      if (v === null || v === undefined) {
        return c.status === "pass" ? m.background.replaced : c.status === "fail" ? m.background.rejected : m.background.unmeasured;
      }
      return c.status === "pass" ? m.background.plain : c.status === "warn" ? m.background.notQuitePlain : m.background.notPlain;
    case "exposure":
      // The value is the face's mean luminance, 0–1.
      if (v === null || v === undefined) return m.exposure.unmeasured;
      if (c.status === "pass") return m.exposure.even;
      if (c.status === "warn") return v < 0.5 ? m.exposure.ratherDark : m.exposure.ratherBright;
      return v < 0.5 ? m.exposure.tooDark : m.exposure.overexposed;
    case "resolution":
      // The value is how much the face was enlarged.
      if (c.status === "pass") return m.resolution.pass;
      if (v === null || v === undefined) return c.message;
      return m.resolution[c.status](oneDecimal(locale, v));
    case "frame_bottom":
      // The value is how much is missing, in mm.
      return c.status === "pass" ? m.frameBottom.pass : m.frameBottom.fail(whole(locale, v ?? 0));
    case "frame_sides":
      return c.status === "pass" ? m.frameSides.pass : m.frameSides.fail(whole(locale, v ?? 0));
    case "hair":
      return c.status === "pass" ? m.hair.pass : m.hair.warn;
    case "background_remnants":
      // The value is the area (mm²) the matte keeps beside or above the head.
      return c.status === "pass" ? m.backgroundRemnants.pass : m.backgroundRemnants.warn(whole(locale, v ?? 0));
    case "coverage":
      // The value is the share of the frame outside the photo.
      if (v === null || v === undefined) return c.message;
      return c.status === "pass" ? m.coverage.filled(formatPercent(locale, v)) : m.coverage.extended(formatPercent(locale, v));
    default:
      return c.message;
  }
}
