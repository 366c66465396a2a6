// The ID Photo section. Values arrive formatted for the locale (numbers, dates, sizes) unless a
// function counts something, in which case it takes the number and formats it itself.
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Passport and visa photos, made entirely on this device.",
  noVaultTitle: "Set up your vault first",
  // `gallery` is the Gallery section's name; *…* is shown in bold.
  noVaultBody: (gallery: string) =>
    `Pick a portrait and a document (US passport, Schengen visa, UK, Canada, India, China and 25 more). Seed Studio finds the face, crops it to the official head and eye-line rules, replaces the background and checks the result — without uploading your face anywhere. Set the vault up in the *${gallery}* first.`,

  // 1. Photo
  stepPhoto: "1. Photo",
  importPhotos: "Import photos…",
  importing: "Importing…",
  noPhotos: "No photos yet. Import a portrait taken in front of a plain wall, facing the camera.",
  photoAlt: "Photo",
  pickHint: "Pick one photo to preview it; pick several to make them all with the same settings.",
  batchWorking: "Working…",
  batchSaved: "Saved",
  batchSavedWithFails: (n: number) =>
    plural("en", n, { one: "Saved, # check failed", other: "Saved, # checks failed" }),

  // 2. Document
  stepDocument: "2. Document",
  searchPlaceholder: "Search by country or document",
  searchLabel: "Search documents",
  documentLabel: "Document",
  noMatch: "No document matches the search.",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height} mm at ${dpi} dpi`,
  summaryHeadHair: (lo: string, hi: string) => `head ${lo}–${hi} mm (chin to top of hair)`,
  summaryHeadSkull: (lo: string, hi: string) => `head ${lo}–${hi} mm (chin to crown, hair excluded)`,
  summaryEyes: (lo: string, hi: string) => `eyes ${lo}–${hi} mm from the bottom`,
  sourceOfficial: (date: string) => `Source: the issuing authority, ${date}.`,
  sourceSecondary: (date: string) => `Source: a secondary compilation, ${date}.`,
  // The documents of src-tauri/idphoto/specs.toml by spec id. Country names come from the
  // platform by the id's region code (Intl.DisplayNames, see components/idphoto/names.ts);
  // `country` is given only for the two that are not countries.
  docs: {
    "us-passport": { document: "Passport" },
    "us-visa": { document: "Visa (DS-160)" },
    "us-dv-lottery": { document: "Diversity Visa lottery entry" },
    "schengen-visa": { country: "Schengen area", document: "Visa (ICAO 35×45)" },
    "de-passport": { document: "Passport / ID card" },
    "fr-passport": { document: "Passport / ID card" },
    "it-passport": { document: "Passport" },
    "at-passport": { document: "Passport" },
    "be-passport": { document: "Passport / eID" },
    "hr-passport": { document: "Passport" },
    "gb-passport": { document: "Passport" },
    "ie-passport": { document: "Passport" },
    "gr-passport": { document: "Passport" },
    "ee-passport": { document: "Passport / ID card" },
    "ca-passport": { document: "Passport" },
    "ca-visa": { document: "Visa / permanent residence (IRCC)" },
    "au-passport": { document: "Passport" },
    "in-passport": { document: "Passport" },
    "in-evisa": { document: "e-Visa" },
    "cn-passport": { document: "Passport" },
    "cn-visa": { document: "Visa" },
    "jp-passport": { document: "Passport" },
    "kr-passport": { document: "Passport" },
    "br-passport": { document: "Passport" },
    "mx-passport": { document: "Passport" },
    "co-passport": { document: "Passport" },
    "lb-passport": { document: "Passport" },
    "sg-passport": { document: "Passport" },
    "nz-passport": { document: "Passport" },
    "ch-passport": { document: "Passport / ID card" },
    "icao-35x45": { country: "Any (ICAO)", document: "Generic ICAO 9303 photo, 35×45 mm" },
  },

  // 3. Background and fine-tuning
  stepLook: "3. Background and fine-tuning",
  colours: {
    white: "White",
    lightGrey: "Light grey",
    lightBlue: "Light blue",
    blue: "Blue",
    red: "Red",
  },
  customColour: "Custom colour",
  keepBackground: "keep the original background",
  rejectsReplaced:
    "The authority for this document rejects photos whose background was replaced: keep the original, taken against a plain light wall.",
  headSize: "Head size",
  upDown: "Up / down (mm)",
  leftRight: "Left / right (mm)",
  autoLight: "gently correct exposure and white balance",

  // Preview and compliance report
  preview: "Preview",
  previewAlt: "Preview cropped to the document",
  previewEmpty: "Pick a photo to see it here with the guides and the compliance report.",
  legend: (headMm: string, share: string) =>
    `Shaded: where the top of the head (and the eyes) may be. Lines: measured crown, eyes, chin. Head ${headMm} mm, ${share} of the height.`,
  report: "Compliance report",
  status: { pass: "Passed:", warn: "Warning:", fail: "Failed:" },
  // One sentence per check id and outcome (src-tauri/idphoto/checks.rs). Lengths in mm.
  checks: {
    oneFace: "Exactly one face, fully inside the photo",
    headHeight: {
      within: (value: string, lo: string, hi: string) =>
        `The head (chin to crown) is ${value} mm, within the required ${lo}–${hi} mm`,
      below: (value: string, lo: string, hi: string) =>
        `The head (chin to crown) is ${value} mm, below the required ${lo}–${hi} mm`,
      above: (value: string, lo: string, hi: string) =>
        `The head (chin to crown) is ${value} mm, above the required ${lo}–${hi} mm`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) =>
        `The eye line, from the bottom, is ${value} mm, within the required ${lo}–${hi} mm`,
      below: (value: string, lo: string, hi: string) =>
        `The eye line, from the bottom, is ${value} mm, below the required ${lo}–${hi} mm`,
      above: (value: string, lo: string, hi: string) =>
        `The eye line, from the bottom, is ${value} mm, above the required ${lo}–${hi} mm`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) =>
        `The space above the head is ${value} mm, within the required ${lo}–${hi} mm`,
      below: (value: string, lo: string, hi: string) =>
        `The space above the head is ${value} mm, below the required ${lo}–${hi} mm`,
      above: (value: string, lo: string, hi: string) =>
        `The space above the head is ${value} mm, above the required ${lo}–${hi} mm`,
      touches: "The top of the head touches the edge",
    },
    level: {
      pass: "The eyes are level in the result",
      fail: (degrees: string) => `The head is still tilted ${degrees}° in the result; use a photo with the head upright`,
    },
    roll: {
      level: "The head is level",
      levelled: (degrees: string) => `The head was tilted ${degrees}° and has been levelled`,
      tooTilted: (degrees: string) =>
        `The head was tilted ${degrees}°; levelled, but a straighter photo looks better`,
    },
    yaw: {
      pass: "The face looks straight at the camera",
      warn: "The face is turned slightly; face the camera squarely",
      fail: "The face is turned to the side; face the camera",
    },
    eyesOpen: {
      pass: "Both eyes are open",
      warn: "The eyes look half closed",
      fail: "The eyes look closed",
    },
    mouthClosed: {
      pass: "The mouth is closed",
      warn: "The mouth looks slightly open; keep a neutral expression",
      fail: "The mouth is open; keep it closed",
      smile: "Teeth show in a smile; this document accepts a natural smile, not an open mouth",
    },
    background: {
      replaced: "The background was replaced with a plain colour",
      rejected:
        "This authority rejects photos whose background was replaced; choose “keep the original background”",
      unmeasured: "The background could not be judged (too little of it shows); check it yourself",
      plain: "The background is plain and light",
      notQuitePlain: "The background is not quite plain or light; check for shadows and patterns",
      notPlain: "The background is not plain; use a plain wall or replace it",
    },
    exposure: {
      unmeasured: "The face could not be measured for light",
      even: "The face is evenly lit",
      ratherDark: "The face is rather dark",
      ratherBright: "The face is rather bright",
      tooDark: "The face is too dark",
      overexposed: "The face is overexposed",
    },
    sharpness: {
      pass: "The face is in focus",
      warn: "The face looks slightly soft",
      fail: "The face is blurred",
    },
    resolution: {
      pass: "The photo has enough detail for this size",
      warn: (factor: string) => `The face was enlarged ${factor}×; a closer or sharper photo would be better`,
      fail: (factor: string) => `The face was enlarged ${factor}×: the photo is too small; take it closer`,
    },
    coverage: {
      filled: (share: string) =>
        `Part of the frame (${share}) lay outside the photo; it was filled with the background colour`,
      extended: (share: string) => `Part of the frame (${share}) lies outside the photo; its edges were extended`,
    },
    frameBottom: {
      pass: "The photo reaches the bottom of the frame",
      fail: (mm: string) =>
        `The photo ends ${mm} mm above where the shoulders should be: take it from further away`,
    },
    frameSides: {
      pass: "The photo reaches the sides of the frame at the shoulders",
      fail: (mm: string) =>
        `The photo ends ${mm} mm inside the side of the frame at the shoulders: take it from further away`,
    },
    hair: {
      pass: "The hair is inside the frame",
      warn: "The hair touches the top edge of the photo; a photo with the head a little smaller or lower keeps it in",
    },
    backgroundRemnants: {
      pass: "No pieces of the old background are left",
      warn: (area: string) =>
        `About ${area} mm² beside or above the head is kept as part of the person; if it is the old background, remove it with the brush`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "Retouch (optional)",
    smooth: "Smooth the skin",
    brightness: "Brightness",
    contrast: "Contrast",
    showBefore: "Show before",
    showAfter: "Show after",
    beforeAlt: "The photo before retouching",
    rule: "Only light, contrast and skin texture change: authorities reject photos whose facial features, shape or proportions were altered.",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "Fix the cut-out",
    on: "Paint with the brush",
    mode: "Brush",
    add: "Add to the person",
    remove: "Remove from the person",
    size: "Brush size",
    undo: "Undo",
    clear: "Clear all strokes",
    hint: "Drag over the photo: “Add to the person” brings back what the cut-out missed (a strand of hair, an ear), “Remove” takes away a piece of the old background. Ctrl+Z undoes the last stroke.",
    count: (n: number) => plural("en", n, { one: "# brush stroke; the photo was made again with it", other: "# brush strokes; the photo was made again with them" }),
    areaLabel: "The photo: drag to paint the cut-out",
  },

  // 4. Save
  stepSave: "4. Save",
  printSheet: "Print sheet",
  noSheet: "No print sheet",
  digitalUnder: "Digital file under (KB)",
  digitalNone: "none",
  digitalOn: (size: string) => `A JPEG of at most ${size} is saved too.`,
  digitalOff: "No size-limited file: enter a limit to make one.",
  digitalSpec: (size: string) => `This document’s online form takes files up to ${size}.`,
  saveButton: (n: number) =>
    n > 1 ? plural("en", n, { one: "Save # photo to the vault", other: "Save # photos to the vault" }) : "Save photo to the vault",
  saving: (done: number, total: number) => `Saving ${formatNumber("en", done)} of ${formatNumber("en", total)}…`,
  saveHint:
    "The photo (with its DPI), the print sheet at 300 dpi and the size-limited file go to the gallery, encrypted, kept 30 days. A photo that fails a check can still be saved; its name says so.",
  // The end-to-end test reads "1 of 1 ID photo(s) saved".
  saved: (made: number, total: number) =>
    `${formatNumber("en", made)} of ${formatNumber("en", total)} ID photo(s) saved to the gallery. The source photos are deleted now that they are done.`,
  savedWithSheets: (made: number, total: number) =>
    `${formatNumber("en", made)} of ${formatNumber("en", total)} ID photo(s) saved to the gallery with print sheets. The source photos are deleted now that they are done.`,
};
