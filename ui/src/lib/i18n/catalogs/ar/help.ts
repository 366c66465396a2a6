import type en from "../en/help";

export default {
  improve: "تحسين الموجّه",
  improveHint: "يعيد نموذج نصي كتابة موجّهك بتفصيل أكبر، وتقارن بين الاثنين قبل أن يتغيّر أي شيء.",
  textModel: "النموذج النصي",
  expand: "توسيع على هذا الجهاز",
  expandHint: "يضيف إلى فكرة قصيرة التكوين والإضاءة والألوان والتفاصيل، بالإنجليزية، دون اتصال بالشبكة.",
  waiting: (provider: string) => `بانتظار ${provider}…`,
  stopWaiting: "التوقف عن الانتظار",

  compare: "موجّهك والاقتراح",
  yours: "موجّهك",
  suggestedBy: (provider: string) => `اقتراح ${provider}`,
  expanded: "موسَّع على هذا الجهاز",
  useNew: "استخدام الموجّه الجديد",
  keepMine: "الإبقاء على موجّهي",

  sendsText: (provider: string) => `لا يُرسَل إلى ${provider} إلا نص موجّهك، دون أي صور.`,
  sendsImage: (provider: string) =>
    `لا يُرسَل إلى ${provider} إلا نسخة مصغّرة واحدة من هذه الصورة (دون بيانات وصفية، وبدقة أقل)، دون الموجّه أو أي صور أخرى.`,
  consentNeeded: (provider: string) => `لم تسمح بعد بالإرسال إلى ${provider}.`,
  consentBody:
    "السماح يمنح الموافقة نفسها التي يطلبها قسم الإنشاء قبل الإرسال، ويمكنك سحبها في أي وقت من صفحة الخصوصية. ويُسجَّل كل طلب في سجل الإرسال.",
  allow: "السماح والطلب",
  offlineExpand: "لا تزال القوالب الجاهزة قادرة على توسيع فكرتك إلى موجّه كامل على هذا الجهاز، دون شبكة.",
  offlineDescribe: "وصف الصورة يحتاج إلى مزوّد: أوقف وضع عدم الاتصال في الإعدادات لتطلب منه.",
  missingKey: (provider: string, shortcut: string) =>
    `أضف مفتاح API لـ${provider} في الإعدادات (${shortcut})، أو اختر النموذج النصي الآخر.`,

  describe: "وصف هذه الصورة",
  describeHint: "يكتب نموذج نصي الموجّه الذي يعيد إنشاء هذه الصورة.",
  described: (provider: string) => `موجّه يقترحه ${provider}`,
  copy: "نسخ",
  copied: "نُسخ.",
  useInCreate: "استخدامه في الإنشاء",
} satisfies typeof en;
