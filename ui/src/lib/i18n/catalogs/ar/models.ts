import type en from "../en/models";
import { plural } from "../../plural";

export default {
  title: "النماذج",
  intro:
    "ما يقبله كل نموذج هو ما يحدد الخيارات التي يعرضها قسم الإنشاء. أضف هنا نموذجًا أصدره مزوّد بعد هذا الإصدار، مع حدوده.",
  builtIn: "النماذج المضمّنة",
  yours: "نماذجك",
  none: "لا شيء بعد.",
  provider: "المزوّد",
  model: "النموذج",
  accepts: "يقبل",
  references: (n: number) =>
    plural("ar", n, {
      zero: "دون صور مرجعية",
      one: "حتى صورة مرجعية واحدة",
      two: "حتى صورتين مرجعيتين",
      few: "حتى # صور مرجعية",
      many: "حتى # صورة مرجعية",
      other: "حتى # صورة مرجعية",
    }),
  textOnly: "نص فقط",
  imageSizes: (tiers: string) => `مقاسات الصورة ${tiers}`,
  fidelity: "الأمانة للمدخلات",
  defaultModel: "افتراضي",
  remove: "إزالة",
  removeLabel: (id: string) => `إزالة ${id}`,
  add: "إضافة نموذج",
  id: "معرّف النموذج",
  idPlaceholder: "مثلًا: gemini-nano-banana-2.1",
  maxReferences: "أقصى عدد من الصور المرجعية لكل طلب",
  edits: "يعدّل الصور (يقبل صورًا مرجعية)",
  tiers: "فئات مقاس الصورة",
  inputFidelity: "يدعم الأمانة للمدخلات",
  sizesNote: "مقاساته هي نفسها مقاسات نماذج المزوّد الأخرى.",
  added: (id: string) => `أُضيف ${id}.`,
  other: "نموذج آخر…",
  otherLabel: "معرّف النموذج",
  tier: "الدقة",
  tierDefault: "الافتراضية لدى النموذج",
  keepDetails: "الحفاظ على الوجوه والتفاصيل في الصور المرجعية",
  keepDetailsHint: "يطلب من النموذج الالتزام بالصور المرجعية بدقة أكبر (الأمانة للمدخلات في OpenAI: عالية).",
  tooManyRefs: (model: string, n: number) =>
    plural("ar", n, {
      zero: `لا يقبل ${model} أي صورة مرجعية.`,
      one: `يقبل ${model} صورة مرجعية واحدة على الأكثر.`,
      two: `يقبل ${model} صورتين مرجعيتين على الأكثر.`,
      few: `يقبل ${model} # صور مرجعية على الأكثر.`,
      many: `يقبل ${model} # صورة مرجعية على الأكثر.`,
      other: `يقبل ${model} # صورة مرجعية على الأكثر.`,
    }),
  noRefs: (model: string) => `يُنشئ ${model} الصور من النص فقط، ولا يقبل أي صور مرجعية.`,
  unknown: (model: string) =>
    `النموذج ${model} غير موجود في فهرس النماذج: تنطبق عليه الحدود العامة للمزوّد. أضفه من الإعدادات ← النماذج لتحديد حدوده الخاصة.`,
} satisfies typeof en;
