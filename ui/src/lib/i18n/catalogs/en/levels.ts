// Minimization levels: what leaves of each reference beyond the metadata floor.
import { plural } from "../../plural";

export default {
  title: "What leaves of the references",
  floor: "Location, camera data and other metadata are always removed.",
  subject: "Only the subject",
  subjectHint: "Crop each reference to the person in it (head to waist, with a margin).",
  bystanders: "Hide other people's faces",
  bystandersHint: "Pixelate every face but the subject's until no face detector finds it.",
  background: "Replace the background",
  backgroundHint: "Everything but the person becomes a neutral grey.",
  /** In the send preview, under each reference. */
  facesHidden: (n: number) => plural("en", n, { one: "# other face hidden", other: "# other faces hidden" }),
  backgroundReplaced: "background replaced",
  /** e.g. "41 %" (formatted for the locale). */
  share: (percent: string) => `${percent} of the pixels leave`,
  original: "Original",
  asSent: "As sent",
  /** Settings: the column of each provider's default levels. */
  defaultsColumn: "What leaves by default",
  /** Create: one row per picked reference. */
  eachTitle: "Each reference",
  /** The levels of one reference, for screen readers: "What leaves of beach.jpg". */
  refLabel: (name: string) => `What leaves of ${name}`,
  chooseSubject: "Choose the subject…",
  subjectAuto: "Subject: the largest face, found on this device",
  subjectChosen: "Subject: chosen by you",
  /** The region editor: the levels of the part sent. */
  partTitle: "What leaves of the part",
  chooseHidden: "Hide or show faces…",
  byHand: "Hidden regions changed by hand",
  regionsHidden: (n: number) =>
    plural("en", n, { one: "# region hidden by hand", other: "# regions hidden by hand" }),
  picker: {
    title: "Choose the subject",
    finding: "Looking for people on this device…",
    people: (n: number) =>
      plural("en", n, {
        one: "# person found on this device: click them to make them the subject.",
        other: "# people found on this device: click the one who is the subject.",
      }),
    none: "No person was found: draw a box around the subject.",
    drawHint: "Or drag on the photo to draw a box.",
    /** A found person's box, for screen readers: "Person 2". */
    person: (n: string) => `Person ${n}`,
    automatic: "Find it automatically",
    keysHint:
      "The photo: Enter puts a box on it, the arrow keys move it, Shift with the arrow keys sizes it.",
    modeSubject: "The subject",
    modeHide: "What is hidden",
    hideHint:
      "Faces in red are hidden. Click a face to leave it visible, or drag over anything else to hide it too.",
    personHidden: (n: string) => `Person ${n}: hidden`,
    personShown: (n: string) => `Person ${n}: left visible`,
    removeRegion: "Remove this hidden region",
    /** Closes the picker in "what is hidden", keeping the choices. */
    done: "Done",
    use: "Use this subject",
  },
};
