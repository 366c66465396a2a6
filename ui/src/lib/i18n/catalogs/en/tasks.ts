// The Tasks section and the task list (also shown in Create).
import type { TaskKind } from "../../../ipc/bindings/TaskKind";
import type { TaskStatus } from "../../../ipc/bindings/TaskStatus";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "Every generation job, with its progress; cancel, retry, or copy its id.",
  empty: {
    title: "No tasks yet",
    /** Around the name of the Create section (app.sections.create), shown in bold. */
    before: "When you generate an image in ",
    after:
      ", the job appears here with its progress: queued, preparing, sending, receiving, done. You can cancel or retry it, and copy its id to look it up.",
  },
  /** Every status a task can have (a new one fails the type-check until it is named here). */
  status: {
    queued: "Queued",
    preparing: "Preparing references",
    sending: "Sending",
    waiting: "Provider working",
    receiving: "Receiving results",
    succeeded: "Done",
    failed: "Failed",
    cancelled: "Cancelled",
  } satisfies Record<TaskStatus, string>,
  /** What a task does. */
  kind: {
    generate: "New image",
    edit: "Edited image",
    idphoto: "ID photo",
    video: "Video",
  } satisfies Record<TaskKind, string>,
  onDevice: "On this device",
  copyId: "Copy the task id",
  progress: "Progress",
  stored: (done: number, total: number) =>
    plural("en", total, {
      one: `${formatNumber("en", done)} of # image stored`,
      other: `${formatNumber("en", done)} of # images stored`,
    }),
  results: (count: number) => plural("en", count, { one: "# image", other: "# images" }),
  resultAlt: "Result",
  /** Reasons the core records in fixed words; any other reason is shown as the core wrote it. */
  reasons: {
    cancelledByYou: "Cancelled by you.",
    interrupted: "Interrupted: Seed Studio stopped before the task finished. Retry it to run it again.",
    unfinishedAtBackup: "It had not finished when the backup was made.",
  },
  cancel: "Cancel",
  retry: "Retry",
  discard: "Discard",
  discardHint: "Give up: its reference images are deleted now",
  keptForRetry: (count: number) =>
    plural("en", count, {
      one: "Its reference image is kept for a retry, at most 24 hours after import.",
      other: "Its # reference images are kept for a retry, at most 24 hours after import.",
    }),
};
