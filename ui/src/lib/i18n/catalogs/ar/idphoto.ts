import type en from "../en/idphoto";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "صور جواز السفر والتأشيرة، تُصنع بالكامل على هذا الجهاز.",
  noVaultTitle: "أعدّ الخزنة أولًا",
  noVaultBody: (gallery: string) =>
    `اختر صورة شخصية ومستندًا (جواز السفر الأمريكي، تأشيرة شنغن، المملكة المتحدة، كندا، الهند، الصين و25 غيرها). يعثر Seed Studio على الوجه، ويقصّ الصورة وفق القواعد الرسمية لحجم الرأس وارتفاع العينين، ويستبدل الخلفية ويفحص النتيجة، دون رفع صورة وجهك إلى أي مكان. أعدّ الخزنة أولًا في *${gallery}*.`,

  stepPhoto: "1. الصورة",
  importPhotos: "استيراد صور…",
  importing: "جارٍ الاستيراد…",
  noPhotos: "لا توجد صور بعد. استورد صورة شخصية ملتقطة أمام جدار سادة، مع النظر إلى الكاميرا.",
  photoAlt: "صورة",
  pickHint: "اختر صورة واحدة لمعاينتها، أو عدة صور لإنشائها كلها بالإعدادات نفسها.",
  batchWorking: "قيد المعالجة…",
  batchSaved: "حُفظت",
  batchSavedWithFails: (n: number) =>
    plural("ar", n, {
      zero: "حُفظت، دون إخفاق أي فحص",
      one: "حُفظت، أخفق فحص واحد",
      two: "حُفظت، أخفق فحصان",
      few: "حُفظت، أخفقت # فحوص",
      many: "حُفظت، أخفق # فحصًا",
      other: "حُفظت، أخفق # فحص",
    }),

  stepDocument: "2. المستند",
  searchPlaceholder: "ابحث بالبلد أو المستند",
  searchLabel: "البحث في المستندات",
  documentLabel: "المستند",
  noMatch: "لا يطابق البحث أي مستند.",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height} مم بدقة ${dpi} نقطة في البوصة`,
  summaryHeadHair: (lo: string, hi: string) => `الرأس ${lo}–${hi} مم (من الذقن إلى أعلى الشعر)`,
  summaryHeadSkull: (lo: string, hi: string) => `الرأس ${lo}–${hi} مم (من الذقن إلى قمة الرأس، دون الشعر)`,
  summaryEyes: (lo: string, hi: string) => `العينان على ${lo}–${hi} مم من الحافة السفلية`,
  sourceOfficial: (date: string) => `المصدر: الجهة المُصدِرة، ${date}.`,
  sourceSecondary: (date: string) => `المصدر: تجميع ثانوي، ${date}.`,
  docs: {
    "us-passport": { document: "جواز السفر" },
    "us-visa": { document: "تأشيرة (DS-160)" },
    "us-dv-lottery": { document: "طلب قرعة تأشيرة التنوع" },
    "schengen-visa": { country: "منطقة شنغن", document: "تأشيرة (ICAO 35×45)" },
    "de-passport": { document: "جواز السفر / بطاقة الهوية" },
    "fr-passport": { document: "جواز السفر / بطاقة الهوية" },
    "it-passport": { document: "جواز السفر" },
    "at-passport": { document: "جواز السفر" },
    "be-passport": { document: "جواز السفر / الهوية الإلكترونية" },
    "hr-passport": { document: "جواز السفر" },
    "gb-passport": { document: "جواز السفر" },
    "ie-passport": { document: "جواز السفر" },
    "gr-passport": { document: "جواز السفر" },
    "ee-passport": { document: "جواز السفر / بطاقة الهوية" },
    "ca-passport": { document: "جواز السفر" },
    "ca-visa": { document: "تأشيرة / إقامة دائمة (IRCC)" },
    "au-passport": { document: "جواز السفر" },
    "in-passport": { document: "جواز السفر" },
    "in-evisa": { document: "تأشيرة إلكترونية" },
    "cn-passport": { document: "جواز السفر" },
    "cn-visa": { document: "تأشيرة" },
    "jp-passport": { document: "جواز السفر" },
    "kr-passport": { document: "جواز السفر" },
    "br-passport": { document: "جواز السفر" },
    "mx-passport": { document: "جواز السفر" },
    "co-passport": { document: "جواز السفر" },
    "lb-passport": { document: "جواز السفر" },
    "sg-passport": { document: "جواز السفر" },
    "nz-passport": { document: "جواز السفر" },
    "ch-passport": { document: "جواز السفر / بطاقة الهوية" },
    "icao-35x45": { country: "أي بلد (ICAO)", document: "صورة عامة وفق ICAO 9303، ‏35×45 مم" },
  },

  stepLook: "3. الخلفية والضبط الدقيق",
  colours: {
    white: "أبيض",
    lightGrey: "رمادي فاتح",
    lightBlue: "أزرق فاتح",
    blue: "أزرق",
    red: "أحمر",
  },
  customColour: "لون مخصص",
  keepBackground: "الإبقاء على الخلفية الأصلية",
  rejectsReplaced:
    "ترفض الجهة المُصدِرة لهذا المستند الصور ذات الخلفية المستبدلة: أبقِ على الخلفية الأصلية، ملتقطة أمام جدار سادة فاتح.",
  headSize: "حجم الرأس",
  upDown: "أعلى / أسفل (مم)",
  leftRight: "يسار / يمين (مم)",
  autoLight: "تصحيح التعريض وتوازن الأبيض برفق",

  preview: "المعاينة",
  previewAlt: "معاينة مقصوصة بمقاس المستند",
  previewEmpty: "اختر صورة لتراها هنا مع الخطوط الإرشادية وتقرير المطابقة.",
  legend: (headMm: string, share: string) =>
    `المظلّل: حيث يمكن أن يقع أعلى الرأس (والعينان). الخطوط: قمة الرأس والعينان والذقن كما قيست. الرأس ${headMm} مم، أي ${share} من الارتفاع.`,
  report: "تقرير المطابقة",
  status: { pass: "ناجح:", warn: "تنبيه:", fail: "مخفق:" },
  checks: {
    oneFace: "وجه واحد بالضبط، داخل الصورة بالكامل",
    headHeight: {
      within: (value: string, lo: string, hi: string) =>
        `الرأس (من الذقن إلى القمة) ${value} مم، ضمن المطلوب ${lo}–${hi} مم`,
      below: (value: string, lo: string, hi: string) =>
        `الرأس (من الذقن إلى القمة) ${value} مم، أقل من المطلوب ${lo}–${hi} مم`,
      above: (value: string, lo: string, hi: string) =>
        `الرأس (من الذقن إلى القمة) ${value} مم، أكثر من المطلوب ${lo}–${hi} مم`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) =>
        `خط العينين على ${value} مم من الأسفل، ضمن المطلوب ${lo}–${hi} مم`,
      below: (value: string, lo: string, hi: string) =>
        `خط العينين على ${value} مم من الأسفل، أقل من المطلوب ${lo}–${hi} مم`,
      above: (value: string, lo: string, hi: string) =>
        `خط العينين على ${value} مم من الأسفل، أكثر من المطلوب ${lo}–${hi} مم`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) =>
        `المسافة فوق الرأس ${value} مم، ضمن المطلوب ${lo}–${hi} مم`,
      below: (value: string, lo: string, hi: string) =>
        `المسافة فوق الرأس ${value} مم، أقل من المطلوب ${lo}–${hi} مم`,
      above: (value: string, lo: string, hi: string) =>
        `المسافة فوق الرأس ${value} مم، أكثر من المطلوب ${lo}–${hi} مم`,
      touches: "أعلى الرأس يلامس الحافة",
    },
    level: {
      pass: "العينان مستويتان في النتيجة",
      fail: (degrees: string) => `لا يزال الرأس مائلًا ${degrees}° في النتيجة؛ استخدم صورة يكون فيها الرأس مستقيمًا`,
    },
    roll: {
      level: "الرأس مستقيم",
      levelled: (degrees: string) => `كان الرأس مائلًا ${degrees}° وقد عُدِّل ليستقيم`,
      tooTilted: (degrees: string) =>
        `كان الرأس مائلًا ${degrees}°؛ عُدِّل ليستقيم، لكن الصورة الأكثر استقامة تبدو أفضل`,
    },
    yaw: {
      pass: "الوجه ينظر إلى الكاميرا مباشرة",
      warn: "الوجه مائل قليلًا إلى الجانب؛ انظر إلى الكاميرا مباشرة",
      fail: "الوجه مُدار إلى الجانب؛ انظر إلى الكاميرا",
    },
    eyesOpen: {
      pass: "العينان مفتوحتان",
      warn: "تبدو العينان نصف مغمضتين",
      fail: "تبدو العينان مغمضتين",
    },
    mouthClosed: {
      pass: "الفم مغلق",
      warn: "يبدو الفم مفتوحًا قليلًا؛ حافظ على تعبير محايد",
      fail: "الفم مفتوح؛ أبقِه مغلقًا",
      smile: "تظهر الأسنان في الابتسامة؛ تقبل هذه الوثيقة ابتسامة طبيعية، لا فمًا مفتوحًا",
    },
    background: {
      replaced: "استُبدلت الخلفية بلون سادة",
      rejected: "ترفض هذه الجهة الصور ذات الخلفية المستبدلة؛ اختر «الإبقاء على الخلفية الأصلية»",
      unmeasured: "تعذّر تقييم الخلفية (يظهر منها القليل جدًا)؛ تحقق منها بنفسك",
      plain: "الخلفية سادة وفاتحة",
      notQuitePlain: "الخلفية ليست سادة أو فاتحة تمامًا؛ تحقق من الظلال والنقوش",
      notPlain: "الخلفية ليست سادة؛ استخدم جدارًا سادة أو استبدلها",
    },
    exposure: {
      unmeasured: "تعذّر قياس إضاءة الوجه",
      even: "إضاءة الوجه متساوية",
      ratherDark: "الوجه داكن بعض الشيء",
      ratherBright: "الوجه ساطع بعض الشيء",
      tooDark: "الوجه داكن جدًا",
      overexposed: "الوجه مفرط التعريض",
    },
    sharpness: {
      pass: "الوجه واضح التركيز",
      warn: "يبدو الوجه غير حادّ قليلًا",
      fail: "الوجه ضبابي",
    },
    resolution: {
      pass: "في الصورة تفاصيل كافية لهذا المقاس",
      warn: (factor: string) => `كُبِّر الوجه ${factor}×؛ صورة أقرب أو أوضح ستكون أفضل`,
      fail: (factor: string) => `كُبِّر الوجه ${factor}×: الصورة صغيرة جدًا؛ التقطها من مسافة أقرب`,
    },
    coverage: {
      filled: (share: string) => `وقع جزء من الإطار (${share}) خارج الصورة؛ ومُلئ بلون الخلفية`,
      extended: (share: string) => `يقع جزء من الإطار (${share}) خارج الصورة؛ ومُدّت حوافها`,
    },
    frameBottom: {
      pass: "تصل الصورة إلى أسفل الإطار",
      fail: (mm: string) =>
        `تنتهي الصورة على بُعد ${mm} مم فوق موضع الكتفين: التقطها من مسافة أبعد`,
    },
    frameSides: {
      pass: "تصل الصورة إلى جانبَي الإطار عند الكتفين",
      fail: (mm: string) =>
        `تنتهي الصورة على بُعد ${mm} مم داخل جانب الإطار عند الكتفين: التقطها من مسافة أبعد`,
    },
    hair: {
      pass: "الشعر داخل الإطار",
      warn: "يلامس الشعر الحافة العليا للصورة؛ يبقى داخلها إذا كان الرأس أصغر قليلًا أو أدنى",
    },
    backgroundRemnants: {
      pass: "لم يبقَ أي جزء من الخلفية القديمة",
      warn: (area: string) =>
        `نحو ${area} مم² بجانب الرأس أو فوقه محسوبة جزءًا من الشخص؛ إن كانت من الخلفية القديمة فامسحها بالفرشاة`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "تنقيح (اختياري)",
    smooth: "تنعيم البشرة",
    brightness: "السطوع",
    contrast: "التباين",
    showBefore: "عرض الأصل",
    showAfter: "عرض بعد التنقيح",
    beforeAlt: "الصورة قبل التنقيح",
    rule: "يتغيّر الضوء والتباين وملمس البشرة فقط: ترفض الجهات الرسمية الصور التي عُدّلت فيها ملامح الوجه أو شكله أو نِسَبه.",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "تصحيح القصّ",
    on: "الرسم بالفرشاة",
    mode: "الفرشاة",
    add: "إضافة إلى الشخص",
    remove: "إزالة من الشخص",
    size: "حجم الفرشاة",
    undo: "تراجع",
    clear: "مسح كل الضربات",
    hint: "اسحب فوق الصورة: «إضافة إلى الشخص» تعيد ما فات القصّ (خصلة شعر، أذن)، و«إزالة» تحذف جزءًا من الخلفية القديمة. Ctrl+Z يتراجع عن آخر ضربة.",
    count: (n: number) => plural("ar", n, { zero: "لا ضربات فرشاة", one: "ضربة فرشاة واحدة؛ أُعيد صنع الصورة بها", two: "ضربتا فرشاة؛ أُعيد صنع الصورة بهما", few: "# ضربات فرشاة؛ أُعيد صنع الصورة بها", many: "# ضربة فرشاة؛ أُعيد صنع الصورة بها", other: "# ضربة فرشاة؛ أُعيد صنع الصورة بها" }),
    areaLabel: "الصورة: اسحب لترسم على القصّ",
  },

  stepSave: "4. الحفظ",
  printSheet: "ورقة الطباعة",
  noSheet: "دون ورقة طباعة",
  digitalUnder: "حدّ الملف الرقمي (كيلوبايت)",
  digitalNone: "لا شيء",
  digitalOn: (size: string) => `يُحفظ أيضًا ملف JPEG لا يتجاوز ${size}.`,
  digitalOff: "لا يوجد ملف محدود الحجم: أدخل حدًّا لإنشائه.",
  digitalSpec: (size: string) => `يقبل النموذج الإلكتروني لهذا المستند ملفات حتى ${size}.`,
  saveButton: (n: number) =>
    n > 1
      ? plural("ar", n, {
          two: "حفظ الصورتين في الخزنة",
          few: "حفظ # صور في الخزنة",
          many: "حفظ # صورة في الخزنة",
          other: "حفظ # صورة في الخزنة",
        })
      : "حفظ الصورة في الخزنة",
  saving: (done: number, total: number) => `جارٍ الحفظ: ${formatNumber("ar", done)} من ${formatNumber("ar", total)}…`,
  saveHint:
    "تذهب الصورة (مع دقتها بالنقطة في البوصة) وورقة الطباعة بدقة 300 نقطة في البوصة والملف محدود الحجم إلى المعرض، مشفّرة، وتُحفظ 30 يومًا. يمكن حفظ صورة أخفقت في أحد الفحوص، ويشير اسمها إلى ذلك.",
  saved: (made: number, total: number) =>
    `صور الهوية المحفوظة في المعرض: ${formatNumber("ar", made)} من ${formatNumber("ar", total)}. حُذفت الصور الأصلية بعد الانتهاء منها.`,
  savedWithSheets: (made: number, total: number) =>
    `صور الهوية المحفوظة في المعرض مع أوراق الطباعة: ${formatNumber("ar", made)} من ${formatNumber("ar", total)}. حُذفت الصور الأصلية بعد الانتهاء منها.`,
} satisfies typeof en;
