import type en from "../en/app";
import { plural } from "../../plural";

export default {
  sections: {
    gallery: "المعرض",
    create: "إنشاء",
    idphoto: "صورة الهوية",
    tasks: "المهام",
    privacy: "الخصوصية",
    settings: "الإعدادات",
  },
  nav: {
    label: "الأقسام",
    lock: "قفل",
    about: "حول",
    local: "محلي فقط",
    localTitle: "تبقى الصور والمفاتيح على هذا الجهاز",
  },
  keyringBanner: (detail: string | null) =>
    `تعذّر الوصول إلى حلقة مفاتيح النظام${detail ? ` (${detail})` : ""}. احمِ الخزنة بعبارة مرور بدلًا من ذلك؛ وعندها تُحفظ مفاتيح API الخاصة بالمزوّدين مختومة داخل الخزنة.`,
  fatal: {
    title: "لا يستطيع Seed Studio فتح بياناتك",
    help: (file: string) =>
      `لم يُغيَّر أو يُحذف أي شيء. أصلِح الملف ${file} في مجلد البيانات أو احذفه، ثم شغّل Seed Studio من جديد.`,
  },
  about: {
    title: "حول Seed Studio",
    tagline: "صورك تبقى لك: الصور والمفاتيح تبقى مشفّرة على هذا الجهاز.",
    version: "الإصدار",
    dataFolder: "مجلد البيانات",
    settingsFile: "ملف الإعدادات",
    notCreatedYet: "لم يُنشأ بعد، وتُطبَّق القيم الافتراضية",
    logs: "السجلات",
    keyring: "حلقة المفاتيح",
    keyringWorking: "تعمل",
    keyringNotReachable: "يتعذّر الوصول إليها",
    vault: "الخزنة",
    vaultNone: "لا توجد بعد",
    vaultStates: { open: "مفتوحة", locked: "مقفلة", error: "بها خطأ", none: "لا توجد" },
    vaultInKeyring: (state: string) => `المفتاح في حلقة مفاتيح النظام، ${state}`,
    vaultByPassphrase: (state: string) => `محمية بعبارة مرور، ${state}`,
    encryption: "التشفير",
    encryptionImages: (cipher: string) => `الصور: ${cipher}`,
    encryptionIndex: (sqlcipher: string, sqlite: string) => `الفهرس: SQLCipher ${sqlcipher} (SQLite ${sqlite})`,
    checking: "جارٍ الفحص…",
  },
  lock: {
    title: "Seed Studio مقفل",
    bodyVaultPassphrase:
      "أُزيلت صورك ومفاتيحها من الذاكرة. ويستمر الحذف المجدول في مواعيده. أدخل عبارة مرور الخزنة.",
    bodyLockPassphrase:
      "أُزيلت صورك ومفاتيحها من الذاكرة. ويستمر الحذف المجدول في مواعيده. أدخل عبارة مرور القفل.",
    passphrase: "عبارة المرور",
    unlock: "فتح القفل",
    unlocking: "جارٍ فتح القفل…",
  },
  vaultSetup: {
    createTitle: "أنشئ خزنتك الخاصة",
    unlockTitle: "افتح قفل خزنتك",
    createIntro:
      "تُحفظ الصور التي تستوردها هنا مشفّرة، لكل منها مفتاحها الخاص، وتُحذف تلقائيًا: الصور الأصلية المستوردة خلال 24 ساعة. ويبقى المفتاح الرئيسي للخزنة على هذا الحاسوب.",
    unlockIntro: "هذه الخزنة محمية بعبارة مرور. لا يمكن عرض أي شيء منها حتى تُدخلها.",
    keyQuestion: "أين يُحفظ المفتاح؟",
    keyInKeyring: "في حلقة مفاتيح النظام (مستحسن: لا شيء عليك تذكّره)",
    keyInKeyringUnavailable: "في حلقة مفاتيح النظام (يتعذّر الوصول إليها على هذا النظام)",
    keyBehindPassphrase: "خلف عبارة مرور أختارها (إن ضاعت فلن يمكن فتح الخزنة)",
    passphrase: "عبارة المرور",
    repeat: "أعد إدخالها",
    hint: "10 أحرف على الأقل. يستغرق الفتح نحو ثانية: وهذا ما يجعل التخمين بطيئًا.",
    create: "إنشاء الخزنة",
    unlock: "فتح القفل",
    working: "جارٍ العمل…",
  },
  time: {
    kept: "يُحتفظ به حتى تحذفه",
    beingDeleted: "جارٍ الحذف",
    deletedInMinutes: (n: number) =>
      plural("ar", n, {
        one: "الحذف بعد دقيقة",
        two: "الحذف بعد دقيقتين",
        few: "الحذف بعد # دقائق",
        many: "الحذف بعد # دقيقة",
        other: "الحذف بعد # دقيقة",
      }),
    deletedInHours: (n: number) =>
      plural("ar", n, {
        one: "الحذف بعد ساعة",
        two: "الحذف بعد ساعتين",
        few: "الحذف بعد # ساعات",
        many: "الحذف بعد # ساعة",
        other: "الحذف بعد # ساعة",
      }),
    deletedInDays: (n: number) =>
      plural("ar", n, {
        one: "الحذف بعد يوم",
        two: "الحذف بعد يومين",
        few: "الحذف بعد # أيام",
        many: "الحذف بعد # يومًا",
        other: "الحذف بعد # يوم",
      }),
    nothing: "لا شيء",
    originals: (n: number) =>
      plural("ar", n, {
        zero: "لا صور أصلية",
        one: "صورة أصلية واحدة",
        two: "صورتان أصليتان",
        few: "# صور أصلية",
        many: "# صورة أصلية",
        other: "# صورة أصلية",
      }),
    outputs: (n: number) =>
      plural("ar", n, {
        zero: "لا صور مُولَّدة",
        one: "صورة مُولَّدة واحدة",
        two: "صورتان مُولَّدتان",
        few: "# صور مُولَّدة",
        many: "# صورة مُولَّدة",
        other: "# صورة مُولَّدة",
      }),
    thumbnails: (n: number) =>
      plural("ar", n, {
        zero: "لا صور مصغّرة",
        one: "صورة مصغّرة واحدة",
        two: "صورتان مصغّرتان",
        few: "# صور مصغّرة",
        many: "# صورة مصغّرة",
        other: "# صورة مصغّرة",
      }),
    logFiles: (n: number) =>
      plural("ar", n, {
        zero: "لا ملفات سجل",
        one: "ملف سجل واحد",
        two: "ملفا سجل",
        few: "# ملفات سجل",
        many: "# ملفًا للسجل",
        other: "# ملف سجل",
      }),
    ledgerEntries: (n: number) =>
      plural("ar", n, {
        zero: "لا إدخالات في سجل الإرسال",
        one: "إدخال واحد في سجل الإرسال",
        two: "إدخالان في سجل الإرسال",
        few: "# إدخالات في سجل الإرسال",
        many: "# إدخالًا في سجل الإرسال",
        other: "# إدخال في سجل الإرسال",
      }),
  },
} satisfies typeof en;
