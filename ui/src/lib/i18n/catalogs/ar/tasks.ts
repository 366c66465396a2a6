import type en from "../en/tasks";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "كل مهمة إنشاء مع تقدّمها؛ يمكنك إلغاؤها أو إعادة محاولتها أو نسخ معرّفها.",
  empty: {
    title: "لا توجد مهام بعد",
    before: "عندما تنشئ صورة في ",
    after:
      "، تظهر المهمة هنا مع تقدّمها: في الانتظار، التحضير، الإرسال، الاستلام، تمّت. يمكنك إلغاؤها أو إعادة محاولتها، ونسخ معرّفها للبحث عنها.",
  },
  status: {
    queued: "في الانتظار",
    preparing: "جارٍ تحضير المراجع",
    sending: "جارٍ الإرسال",
    waiting: "المزوّد يعمل",
    receiving: "جارٍ استلام النتائج",
    succeeded: "تمّت",
    failed: "فشلت",
    cancelled: "أُلغيت",
  },
  kind: {
    generate: "صورة جديدة",
    edit: "صورة معدّلة",
    idphoto: "صورة هوية",
    video: "فيديو",
  },
  onDevice: "على هذا الجهاز",
  copyId: "نسخ معرّف المهمة",
  progress: "التقدّم",
  stored: (done: number, total: number) =>
    plural("ar", total, {
      one: `حُفظت ${formatNumber("ar", done)} من صورة واحدة`,
      two: `حُفظت ${formatNumber("ar", done)} من صورتين`,
      few: `حُفظت ${formatNumber("ar", done)} من # صور`,
      many: `حُفظت ${formatNumber("ar", done)} من # صورة`,
      other: `حُفظت ${formatNumber("ar", done)} من # صورة`,
    }),
  results: (count: number) =>
    plural("ar", count, {
      zero: "لا صور",
      one: "صورة واحدة",
      two: "صورتان",
      few: "# صور",
      many: "# صورة",
      other: "# صورة",
    }),
  resultAlt: "النتيجة",
  reasons: {
    cancelledByYou: "ألغيتها أنت.",
    interrupted: "انقطعت: توقّف Seed Studio قبل انتهاء المهمة. أعد المحاولة لتشغيلها مجددًا.",
    unfinishedAtBackup: "لم تكن قد انتهت عند إنشاء النسخة الاحتياطية.",
  },
  cancel: "إلغاء",
  retry: "إعادة المحاولة",
  discard: "التخلّي عنها",
  discardHint: "التخلّي عن المهمة: تُحذف صورها المرجعية الآن",
  keptForRetry: (count: number) =>
    plural("ar", count, {
      one: "يُحتفظ بصورتها المرجعية لإعادة المحاولة، لمدة أقصاها 24 ساعة بعد الاستيراد.",
      two: "يُحتفظ بصورتيها المرجعيتين لإعادة المحاولة، لمدة أقصاها 24 ساعة بعد الاستيراد.",
      few: "يُحتفظ بصورها المرجعية الـ# لإعادة المحاولة، لمدة أقصاها 24 ساعة بعد الاستيراد.",
      many: "يُحتفظ بصورها المرجعية الـ# لإعادة المحاولة، لمدة أقصاها 24 ساعة بعد الاستيراد.",
      other: "يُحتفظ بصورها المرجعية الـ# لإعادة المحاولة، لمدة أقصاها 24 ساعة بعد الاستيراد.",
    }),
} satisfies typeof en;
