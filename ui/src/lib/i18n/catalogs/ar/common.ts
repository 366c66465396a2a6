import type en from "../en/common";
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "إلغاء",
  close: "إغلاق",
  save: "حفظ",
  delete: "حذف",
  retry: "إعادة المحاولة",
  open: "فتح",
  back: "رجوع",
  loading: "جارٍ التحميل…",
  images: (n: number) => plural("ar", n, { zero: "لا صور", one: "صورة واحدة", two: "صورتان", few: "# صور", many: "# صورة", other: "# صورة" }),
} satisfies typeof en;
