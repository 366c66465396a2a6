import type en from "../en/levels";
import { plural } from "../../plural";

export default {
  title: "ما يغادر الجهاز من الصور المرجعية",
  floor: "تُزال دائمًا بيانات الموقع والكاميرا وغيرها من البيانات الوصفية.",
  subject: "الشخص الرئيسي فقط",
  subjectHint: "تُقتصّ كل صورة مرجعية على الشخص الظاهر فيها (من الرأس إلى الخصر، مع هامش).",
  bystanders: "إخفاء وجوه الأشخاص الآخرين",
  bystandersHint: "تُطمس بالبكسلة كل الوجوه عدا وجه الشخص الرئيسي، حتى لا يعود أي كاشف وجوه قادرًا على رصدها.",
  background: "استبدال الخلفية",
  backgroundHint: "يصبح كل ما عدا الشخص رماديًا محايدًا.",
  facesHidden: (n: number) =>
    plural("ar", n, {
      zero: "لم يُخفَ أي وجه آخر",
      one: "أُخفي وجه واحد آخر",
      two: "أُخفي وجهان آخران",
      few: "أُخفيت # وجوه أخرى",
      many: "أُخفي # وجهًا آخر",
      other: "أُخفي # وجه آخر",
    }),
  backgroundReplaced: "استُبدلت الخلفية",
  share: (percent: string) => `سيغادر ${percent} من البكسلات`,
  original: "الصورة الأصلية",
  asSent: "كما ستُرسل",
  defaultsColumn: "ما يُرسَل افتراضيًا",
} satisfies typeof en;
