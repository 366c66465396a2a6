import type en from "../en/errors";

// One sentence per error code; see en/errors.ts.
export default {
  invalid_config: "في الإعدادات خطأ، لذلك لم تُطبَّق.",
  data_dir: "لا يستطيع Seed Studio استخدام مجلد بياناته.",
  already_running: "يعمل Seed Studio على هذه البيانات في نافذة أو أمر آخر. حاول مجددًا عند انتهائه.",
  keyring_unavailable: "تعذّر الوصول إلى حلقة مفاتيح النظام.",
  no_vault: "لا توجد خزنة بعد. أنشئ واحدة أولًا في المعرض.",
  locked: "الخزنة مقفلة. افتح قفلها بعبارة المرور الخاصة بها.",
  app_locked: "Seed Studio مقفل.",
  integrity_error: "لم تجتز البيانات المخزّنة فحص السلامة، فلم تُستخدم.",
  invalid_input: "لا يمكن استخدام ذلك كما هو.",
  consent_required: "لم تسمح بعد بالإرسال إلى مزوّد الخدمة هذا.",
  offline: "وضع عدم الاتصال مفعّل، لذلك لم يُرسَل أي شيء.",
  missing_api_key: "لا يوجد مفتاح API لمزوّد الخدمة هذا بعد. أضف مفتاحًا في الإعدادات.",
  provider_error: "لم يتمكن مزوّد الخدمة من تنفيذ ذلك.",
  cancelled: "تم الإلغاء.",
  no_face: "لم يُعثر على وجه في الصورة.",
  face_too_small: "الوجه صغير جدًا في هذه الصورة: التقطها عن قرب، أو اقتصّها لتشمل الرأس والكتفين فقط.",
  multiple_faces: "في الصورة أكثر من وجه واحد.",
  face_cut_off: "حافة الصورة تقطع الوجه.",
  mask_empty: "لم يُلوَّن أي شيء: لوّن فوق الجزء المراد تغييره من الصورة.",
  mask_mismatch: "حجم القناع لا يطابق حجم الصورة.",
  mask_covers_image: "يغطي القناع الصورة كلها، لذا ستُرسل الصورة بأكملها.",
  internal: "حدث خطأ داخل Seed Studio.",
  unknown: "حدث خطأ ما.",
  detailLabel: "التفاصيل",
} satisfies typeof en;
