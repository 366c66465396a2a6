import type en from "../en/models";
import { plural } from "../../plural";

export default {
  title: "मॉडल",
  intro:
    "हर मॉडल क्या स्वीकार करता है, इसी से तय होता है कि “बनाएँ” में क्या विकल्प मिलेंगे। किसी प्रदाता ने इस वर्ज़न के बाद कोई मॉडल जारी किया हो, तो उसे उसकी सीमाओं के साथ यहाँ जोड़ें।",
  builtIn: "पहले से शामिल मॉडल",
  yours: "आपके मॉडल",
  none: "अभी कोई नहीं।",
  provider: "प्रदाता",
  model: "मॉडल",
  accepts: "क्या स्वीकार करता है",
  references: (n: number) => plural("hi", n, { one: "अधिकतम # संदर्भ इमेज", other: "अधिकतम # संदर्भ इमेज" }),
  textOnly: "सिर्फ़ टेक्स्ट",
  imageSizes: (tiers: string) => `इमेज आकार ${tiers}`,
  fidelity: "इनपुट फ़िडेलिटी",
  defaultModel: "डिफ़ॉल्ट",
  remove: "हटाएँ",
  removeLabel: (id: string) => `${id} हटाएँ`,
  add: "मॉडल जोड़ें",
  id: "मॉडल ID",
  idPlaceholder: "जैसे, gemini-nano-banana-2.1",
  maxReferences: "हर अनुरोध में अधिकतम संदर्भ इमेज",
  edits: "इमेज संपादित करता है (संदर्भ इमेज लेता है)",
  tiers: "इमेज आकार के स्तर",
  inputFidelity: "इनपुट फ़िडेलिटी का समर्थन करता है",
  sizesNote: "इसके आकार प्रदाता के दूसरे मॉडलों जैसे ही होते हैं।",
  added: (id: string) => `${id} जोड़ा गया।`,
  other: "कोई और मॉडल…",
  otherLabel: "मॉडल ID",
  tier: "रिज़ॉल्यूशन",
  tierDefault: "मॉडल का डिफ़ॉल्ट",
  keepDetails: "संदर्भ इमेज के चेहरे और बारीकियाँ बनाए रखें",
  keepDetailsHint: "मॉडल से संदर्भ इमेज का ज़्यादा बारीकी से पालन करने को कहता है (OpenAI इनपुट फ़िडेलिटी: उच्च)।",
  tooManyRefs: (model: string, n: number) =>
    plural("hi", n, {
      one: `${model} ज़्यादा से ज़्यादा # संदर्भ इमेज लेता है।`,
      other: `${model} ज़्यादा से ज़्यादा # संदर्भ इमेज लेता है।`,
    }),
  noRefs: (model: string) => `${model} सिर्फ़ टेक्स्ट से इमेज बनाता है; यह कोई संदर्भ इमेज नहीं लेता।`,
  unknown: (model: string) =>
    `${model} मॉडल कैटलॉग में नहीं है: प्रदाता की सामान्य सीमाएँ लागू होंगी। इसकी अपनी सीमाएँ तय करने के लिए इसे सेटिंग → मॉडल में जोड़ें।`,
} satisfies typeof en;
