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
};
