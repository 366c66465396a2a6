// The Gallery section and the image detail dialog.
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (value: number): string => formatNumber("en", value);

export default {
  subtitle: "Everything you import and create, encrypted on this device and browsable offline.",
  opening: "Opening the vault…",
  cannotOpen: "The vault cannot be opened.",
  dropHint: "Drop photos here to import them",
  importButton: "Import photos…",
  searchLabel: "Search",
  searchPlaceholder: "Search names and tags…",
  filters: {
    show: "Show",
    allImages: "All images",
    originals: "Imported photos",
    outputs: "Generated images",
    videos: "Videos",
    added: "Added",
    anyTime: "Any time",
    lastDay: "Last 24 hours",
    lastWeek: "Last 7 days",
    lastMonth: "Last 30 days",
    provider: "Provider",
    anyProvider: "Any provider",
    taskStatus: "Task status",
    anyTaskStatus: "Any task status",
    sort: "Sort",
    newest: "Newest first",
    oldest: "Oldest first",
    name: "Name",
  },
  select: "Select",
  done: "Done",
  selection: {
    label: "Selected images",
    count: (count: number) => plural("en", count, { other: "# selected" }),
    selectAll: "Select all",
    exportCopies: "Export copies",
    confirmDelete: (count: number) =>
      plural("en", count, { one: "Delete # image for good?", other: "Delete # images for good?" }),
  },
  delete: "Delete",
  deleteAsk: "Delete…",
  keep: "Keep",
  close: "Close",
  importing: (done: number, total: number) => `Importing ${n(done)} of ${n(total)}…`,
  notices: {
    imported: (added: number, duplicates: number) =>
      plural("en", added, { one: "Imported # photo", other: "Imported # photos" }) +
      (duplicates ? `; ${n(duplicates)} already in the vault.` : "."),
    exported: (files: number, path: string) =>
      plural("en", files, {
        one: `Exported a decrypted copy with manifest.json to ${path}`,
        other: `Exported # decrypted copies with manifest.json to ${path}`,
      }),
    keptLonger: (deletion: string) => `Kept longer: ${deletion}.`,
    deleted: (count: number) =>
      plural("en", count, {
        one: "Deleted # image, thumbnail included. Its key is destroyed.",
        other: "Deleted # images, thumbnails included. Their keys are destroyed.",
      }),
    watchFailed: (detail: string) => `A photo from the watch folder could not be imported: ${detail}`,
  },
  empty: {
    title: "No images yet",
    /** Around the name of the import button, shown in bold. */
    dropBefore: "Drop photos anywhere on this page, or choose ",
    dropAfter: ". They are encrypted as they arrive.",
    retention: "Imported originals are deleted automatically within 24 hours; images you create stay 30 days.",
    noMatchTitle: "Nothing matches",
    noMatch: "No image matches this search. Clear it to see everything.",
  },
  untitled: "Untitled",
  imageAlt: "Image",
  detail: {
    label: "Image details",
    kind: "Kind",
    original: "Imported photo",
    output: "Generated image",
    size: "Size",
    added: "Added",
    deletion: "Deletion",
    madeBy: "Made by",
    thisDevice: "This device",
    prompt: "Prompt",
    task: "Task",
    id: "Id",
    keepBy: "Keep longer by",
    periods: {
      week: "a week",
      month: "30 days",
      quarter: "90 days",
      year: "a year",
    },
    originalNote: "Imported photos are deleted within 24 hours, or as soon as the task that uses them ends.",
    exportCopy: "Export a copy",
    confirmDelete: "Delete for good?",
  },
};
