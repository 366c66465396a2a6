import type en from "../en/privacy";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (x: number) => formatNumber("ar", x);
const images = (x: number) =>
  plural("ar", x, { one: "صورة واحدة", two: "صورتان", few: "# صور", many: "# صورة", other: "# صورة" });
const tasks = (x: number) =>
  plural("ar", x, { one: "مهمة واحدة", two: "مهمتان", few: "# مهام", many: "# مهمة", other: "# مهمة" });
const entries = (x: number) =>
  plural("ar", x, {
    one: "إدخال واحد في سجل الإرسال",
    two: "إدخالان في سجل الإرسال",
    few: "# إدخالات في سجل الإرسال",
    many: "# إدخالًا في سجل الإرسال",
    other: "# إدخال في سجل الإرسال",
  });
const originals = (x: number) =>
  plural("ar", x, {
    one: "صورة أصلية واحدة",
    two: "صورتان أصليتان",
    few: "# صور أصلية",
    many: "# صورة أصلية",
    other: "# صورة أصلية",
  });
const outputs = (x: number) =>
  plural("ar", x, {
    one: "صورة مُولَّدة واحدة",
    two: "صورتان مُولَّدتان",
    few: "# صور مُولَّدة",
    many: "# صورة مُولَّدة",
    other: "# صورة مُولَّدة",
  });

export default {
  subtitle: "ما المحفوظ، وأين، ومن يمكنه تلقّيه، وكل ما غادر هذا الجهاز.",

  notices: {
    exported: (i: number, t: number, e: number, path: string) =>
      `اكتمل التصدير: ${images(i)} و${tasks(t)} و${entries(e)} إلى ${path}`,
    backedUp: (i: number, t: number, e: number, path: string) =>
      `اكتمل النسخ الاحتياطي: ${images(i)} و${tasks(t)} و${entries(e)} إلى ${path}`,
    restored: (o: number, g: number, t: number, duplicates: number) =>
      `اكتملت الاستعادة: ${originals(o)} و${outputs(g)} و${tasks(t)}؛ والصور الموجودة هنا من قبل: ${n(duplicates)}.`,
    taskDeleted: (files: number, e: number) =>
      `حُذفت المهمة، وحُذف معها ${plural("ar", files, { one: "ملف مخزَّن واحد", two: "ملفان مخزَّنان", few: "# ملفات مخزَّنة", many: "# ملفًا مخزَّنًا", other: "# ملف مخزَّن" })} بمفاتيحها و${entries(e)}.`,
    stopped: {
      export: "توقّف التصدير.",
      backup: "توقّف النسخ الاحتياطي.",
      restore: "توقّفت الاستعادة.",
    },
    diagnosticsCopied:
      "نُسخت معلومات التشخيص إلى الحافظة. لا تحتوي على مفاتيح أو موجّهات أو أسماء ملفات أو مسارات المجلد الشخصي.",
  },

  inventory: {
    title: "ما المحفوظ",
    kinds: {
      original: "الصور الأصلية",
      output: "الصور المُولَّدة",
      thumbnail: "الصور المصغّرة",
    },
    ledgerEntries: "إدخالات سجل الإرسال",
    logFiles: "ملفات سجل التشغيل",
    oldest: (date: string) => `أقدم عنصر: ${date}.`,
    nextDeletion: (date: string, what: string) => `الحذف التالي في ${date}: ${what}.`,
    nothingScheduled: "لا يوجد حذف مجدول.",
    nothing: "لا شيء",
    originals,
    outputs,
    thumbnails: (x: number) =>
      plural("ar", x, {
        one: "صورة مصغّرة واحدة",
        two: "صورتان مصغّرتان",
        few: "# صور مصغّرة",
        many: "# صورة مصغّرة",
        other: "# صورة مصغّرة",
      }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `الحماية: الصور مختومة بـ ${objectCipher}؛ والفهرس مشفّر بـ ${indexCipher}؛ والمفتاح الرئيسي مختوم بعبارة المرور الخاصة بك (Argon2id).`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `الحماية: الصور مختومة بـ ${objectCipher}؛ والفهرس مشفّر بـ ${indexCipher}؛ والمفتاح الرئيسي في حلقة مفاتيح النظام.`,
  },

  export: {
    title: "التصدير",
    zip: "في ملف .zip واحد",
    strip: "إزالة البيانات الوصفية المضمّنة (EXIF وXMP وC2PA)",
    all: "تصدير كل شيء",
    saveAs: "حفظ باسم…",
    where:
      "تُحفظ عمليات التصدير في `Pictures/Seed Studio exports` (أو حيث تختار عبر «حفظ باسم…»): صور مفكوكة التشفير بأسماء مقروءة، وملف `manifest.json` يصف المهام والموجّهات والمزوّدين وسجل الإرسال.",
  },

  progress: {
    export: (done: number, total: number) => `جارٍ التصدير ${n(done)} من ${n(total)}…`,
    backup: (done: number, total: number) => `جارٍ النسخ الاحتياطي ${n(done)} من ${n(total)}…`,
    restore: (done: number, total: number) => `جارٍ الاستعادة ${n(done)} من ${n(total)}…`,
  },

  backup: {
    title: "نسخة احتياطية مشفّرة",
    about:
      "ملف واحد يضم كل صورة ومهمة وإدخال في سجل الإرسال، مختوم بعبارة مرور (بصيغة `age` المفتوحة)، للاحتفاظ بالنتائج بعد انتهاء مدة الاحتفاظ أو لنقلها إلى حاسوب آخر. بدون عبارة المرور لا يستطيع أحد فتحه — ولا حتى أنت. تُعيد الاستعادة الصور والمهام إلى هذه الخزنة وتتخطّى ما هو موجود فيها.",
    passphrase: "عبارة مرور النسخة الاحتياطية",
    again: "أعد كتابتها لإنشاء النسخة",
    againLabel: "أعد كتابة عبارة مرور النسخة الاحتياطية",
    make: "إنشاء نسخة احتياطية…",
    restore: "استعادة نسخة احتياطية…",
    restoreNeedsPassphrase: "اكتب عبارة مرور النسخة الاحتياطية أولًا",
    tooShort: (min: number) =>
      `تحتاج عبارة مرور النسخة الاحتياطية إلى ${plural("ar", min, { one: "حرف واحد", two: "حرفين", few: "# أحرف", many: "# حرفًا", other: "# حرف" })} على الأقل.`,
    differ: "عبارتا المرور مختلفتان.",
  },

  lookup: {
    title: "البحث عن مهمة",
    placeholder: "الصق معرّف مهمة",
    label: "معرّف المهمة",
    show: "عرض",
    thisDevice: "هذا الجهاز",
    reference: "مرجع",
    result: "نتيجة",
    until: (date: string) => `حتى ${date}`,
    kept: "محفوظة",
    summary: (r: number, changes: number) =>
      `الطلبات المُرسلة: ${n(r)}؛ تغييرات الحالة المسجّلة: ${n(changes)}.`,
    exportTask: "تصدير هذه المهمة",
    deleteTask: "حذف هذه المهمة…",
    deleteConfirm: (i: number, e: number) =>
      `سيُحذف: ${images(i)} مع صورها المصغّرة ومفاتيحها، و${entries(e)}، وسجل المهمة.`,
    keep: "إبقاء",
    sentTitle: "ما غادر الجهاز",
    sentShow: "عرض ما أُرسل",
    sentSame: "أُعيد بناؤها على هذا الجهاز من الصورة المرجعية: مطابقة لما أُرسل (بصمة SHA-256 الخاصة بها موجودة في السجل).",
    sentDiffers:
      "أُعيد بناؤها على هذا الجهاز، لكنها لا تطابق ما أُرسل: تغيّر منذ ذلك الحين إعداد يحدّد شكلها (حدّ الحجم لدى أحد المزوّدين). يحتفظ السجل بما غادر.",
    sentGone:
      "حُذفت الصور المرجعية والنسخ المرسلة عند انتهاء المهمة؛ ويحتفظ السجل بحجم كل جزء ومستوياته وبصمة SHA-256 الخاصة به (أعلاه).",
  },

  location: {
    title: "أين تُحفظ بياناتك",
    noTelemetry: "لا يُكتب شيء في أي مكان آخر. ولا تُجمع أي بيانات قياس عن بُعد، أبدًا.",
  },

  keys: {
    title: "المفاتيح",
    working: "تعمل",
    unreachable: "يتعذّر الوصول إليها",
    checking: "جارٍ التحقق…",
    about: "تُحفظ مفاتيح API الخاصة بالمزوّدين في حلقة مفاتيح النظام (أو، إن تعذّر الوصول إليها، مختومةً داخل الخزنة المحمية بعبارة المرور)، ولا تُكتب أبدًا في ملفات غير مشفّرة أو سجلات.",
  },

  consents: {
    title: "من يمكنه تلقّي صورك",
    about: "لا يُرسل أي شيء إلى مزوّد دون موافقتك. وسحبها يوقف الطلبات الجديدة فورًا.",
    none: "لم تمنح موافقتك لأي مزوّد. سيُطلب منك ذلك في أول مرة ترسل فيها إلى أحدهم.",
    allowedSince: (date: string) => `مسموح منذ ${date}`,
    notAllowed: "غير مسموح",
    withdraw: "سحب الموافقة",
    allow: "السماح",
  },

  troubleshooting: {
    title: "استكشاف الأخطاء وإصلاحها",
    about:
      "يسجّل سجل التشغيل لآخر 24 ساعة ما حدث (الإجراءات والمزوّدين والنتائج والأخطاء)، ولا يسجّل أبدًا الموجّهات أو المفاتيح أو الصور أو أسماء الملفات. وتضيف معلومات التشخيص الإصدارات والإعدادات، للإبلاغ عن خطأ.",
    showLog: "عرض السجل",
    copyDiagnostics: "نسخ معلومات التشخيص",
    logLabel: "سجل التشغيل",
    diagnosticsLabel: "معلومات التشخيص",
    omitted: (x: number) =>
      `… ${plural("ar", x, { one: "سطر سابق واحد", two: "سطران سابقان", few: "# أسطر سابقة", many: "# سطرًا سابقًا", other: "# سطر سابق" })}`,
    empty: "السجل فارغ.",
  },

  erase: {
    title: "محو كل شيء",
    about:
      "يُتلف المفتاح الرئيسي للخزنة (فلا يمكن قراءة أي شيء محفوظ مجددًا)، ثم يحذف كل صورة وصورة مصغّرة والفهرس وسجل الإرسال والسجلات والإعدادات، ويسحب كل موافقة، ويزيل مفاتيح API الخاصة بالمزوّدين من حلقة المفاتيح. بعدها يبدأ Seed Studio كأنه جديد. لا يمكن التراجع عن ذلك؛ صدِّر أولًا إن أردت نسخة.",
    howTo: "للتأكيد، اكتب الكلمة الإنجليزية ERASE بأحرف كبيرة كما هي.",
    placeholder: "اكتب ERASE",
    label: "اكتب ERASE للتأكيد",
    button: "محو كل شيء",
    erasing: "جارٍ المحو…",
  },

  ledger: {
    title: "سجل الإرسال",
    emptyTitle: "لم يغادر أي شيء هذا الجهاز",
    emptyBody:
      "يُسجَّل هنا كل طلب إلى مزوّد ذكاء اصطناعي: أي مزوّد، ومتى، ولأي مهمة، ولكل صورة حجمها وأبعادها وبصمتها — لترى بالضبط ما الذي أُرسل.",
    provider: "المزوّد",
    allProviders: "كل المزوّدين",
    filter: "تصفية",
    filterPlaceholder: "معرّف المهمة أو المضيف أو بصمة الصورة",
    shown: (shown: number, total: number) => `الطلبات المعروضة: ${n(shown)} من ${n(total)}`,
    when: "متى",
    to: "إلى",
    what: "ماذا",
    answer: "الرد",
    task: "المهمة",
    promptChars: (x: number) =>
      plural("ar", x, {
        one: "حرف واحد من الموجّه",
        two: "حرفان من الموجّه",
        few: "# أحرف من الموجّه",
        many: "# حرفًا من الموجّه",
        other: "# حرف من الموجّه",
      }),
    noAnswer: "لا رد",
    openTask: "عرض هذه المهمة في «المهام»",
  },
} satisfies typeof en;
