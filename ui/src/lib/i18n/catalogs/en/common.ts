// Words used across the window.
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "Cancel",
  close: "Close",
  save: "Save",
  delete: "Delete",
  retry: "Retry",
  open: "Open",
  back: "Back",
  loading: "Loading…",
  images: (n: number) => plural("en", n, { one: "# image", other: "# images" }),
};
