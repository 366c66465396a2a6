import type en from "../en/levels";
import { plural } from "../../plural";

export default {
  title: "संदर्भ इमेज से क्या बाहर जाता है",
  floor: "स्थान, कैमरा डेटा और दूसरा मेटाडेटा हमेशा हटा दिया जाता है।",
  subject: "सिर्फ़ विषय",
  subjectHint: "हर संदर्भ इमेज को उसमें मौजूद व्यक्ति तक काटें (सिर से कमर तक, कुछ मार्जिन के साथ)।",
  bystanders: "दूसरे लोगों के चेहरे छिपाएँ",
  bystandersHint:
    "विषय को छोड़कर हर चेहरे को तब तक पिक्सेलेट करें, जब तक चेहरे पहचानने वाला कोई भी डिटेक्टर उसे न ढूँढ पाए।",
  background: "बैकग्राउंड बदलें",
  backgroundHint: "व्यक्ति के अलावा बाकी सब कुछ न्यूट्रल ग्रे हो जाता है।",
  facesHidden: (n: number) =>
    plural("hi", n, { one: "# दूसरा चेहरा छिपाया गया", other: "# दूसरे चेहरे छिपाए गए" }),
  backgroundReplaced: "बैकग्राउंड बदला गया",
  share: (percent: string) => `${percent} पिक्सेल बाहर जाएँगे`,
  original: "मूल इमेज",
  asSent: "जैसी भेजी जाएगी",
  defaultsColumn: "डिफ़ॉल्ट रूप से क्या भेजा जाता है",
} satisfies typeof en;
