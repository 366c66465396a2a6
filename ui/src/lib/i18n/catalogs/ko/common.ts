import type en from "../en/common";
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
  yes: "Yes",
  no: "No",
  images: (n: number) => plural("ko", n, { one: "# image", other: "# images" }),
} satisfies typeof en;
