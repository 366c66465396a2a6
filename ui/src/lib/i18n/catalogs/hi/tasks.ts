import type en from "../en/tasks";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "इमेज बनाने का हर कार्य, उसकी प्रगति के साथ; रद्द करें, फिर से आज़माएँ या उसकी ID कॉपी करें।",
  empty: {
    title: "अभी कोई कार्य नहीं",
    before: "जब आप ",
    after:
      " में कोई इमेज बनाते हैं, तो कार्य अपनी प्रगति के साथ यहाँ दिखता है: कतार में, तैयारी, भेजना, पाना, पूरा। आप उसे रद्द कर सकते हैं या फिर से आज़मा सकते हैं, और उसे ढूँढने के लिए उसकी ID कॉपी कर सकते हैं।",
  },
  status: {
    queued: "कतार में",
    preparing: "संदर्भ इमेज तैयार हो रही हैं",
    sending: "भेजा जा रहा है",
    waiting: "प्रदाता काम कर रहा है",
    receiving: "नतीजे आ रहे हैं",
    succeeded: "पूरा हुआ",
    failed: "विफल",
    cancelled: "रद्द",
  },
  kind: {
    generate: "नई इमेज",
    edit: "संपादित इमेज",
    idphoto: "पहचान फ़ोटो",
    video: "वीडियो",
  },
  onDevice: "इसी डिवाइस पर",
  copyId: "कार्य की ID कॉपी करें",
  progress: "प्रगति",
  stored: (done: number, total: number) =>
    plural("hi", total, { other: `# में से ${formatNumber("hi", done)} इमेज सहेजी गईं` }),
  results: (count: number) => plural("hi", count, { other: "# इमेज" }),
  resultAlt: "नतीजा",
  reasons: {
    cancelledByYou: "आपने रद्द किया।",
    interrupted: "बीच में रुका: कार्य पूरा होने से पहले Seed Studio बंद हो गया। दोबारा चलाने के लिए फिर से आज़माएँ।",
    unfinishedAtBackup: "बैकअप बनते समय यह पूरा नहीं हुआ था।",
  },
  cancel: "रद्द करें",
  retry: "फिर से आज़माएँ",
  discard: "छोड़ दें",
  discardHint: "छोड़ दें: इसकी संदर्भ इमेज अभी हटा दी जाएँगी",
  keptForRetry: (count: number) =>
    plural("hi", count, {
      one: "इसकी संदर्भ इमेज दोबारा आज़माने के लिए रखी गई है, इंपोर्ट के बाद ज़्यादा से ज़्यादा 24 घंटे तक।",
      other: "इसकी # संदर्भ इमेज दोबारा आज़माने के लिए रखी गई हैं, इंपोर्ट के बाद ज़्यादा से ज़्यादा 24 घंटे तक।",
    }),
} satisfies typeof en;
