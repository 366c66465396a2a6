import type en from "../en/gallery";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (value: number): string => formatNumber("hi", value);

export default {
  subtitle: "आप जो कुछ भी इंपोर्ट करते हैं और बनाते हैं, वह इसी डिवाइस पर एन्क्रिप्ट रहता है और ऑफ़लाइन भी देखा जा सकता है।",
  opening: "वॉल्ट खोला जा रहा है…",
  cannotOpen: "वॉल्ट नहीं खुल सका।",
  dropHint: "इंपोर्ट करने के लिए फ़ोटो यहाँ छोड़ें",
  importButton: "फ़ोटो इंपोर्ट करें…",
  searchLabel: "खोजें",
  searchPlaceholder: "नाम और टैग खोजें…",
  filters: {
    show: "दिखाएँ",
    allImages: "सभी इमेज",
    originals: "इंपोर्ट की गई फ़ोटो",
    outputs: "बनाई गई इमेज",
    videos: "वीडियो",
    added: "जोड़ी गई",
    anyTime: "कभी भी",
    lastDay: "पिछले 24 घंटे",
    lastWeek: "पिछले 7 दिन",
    lastMonth: "पिछले 30 दिन",
    provider: "प्रदाता",
    anyProvider: "कोई भी प्रदाता",
    taskStatus: "कार्य की स्थिति",
    anyTaskStatus: "कोई भी स्थिति",
    sort: "क्रम",
    newest: "सबसे नई पहले",
    oldest: "सबसे पुरानी पहले",
    name: "नाम",
  },
  select: "चुनें",
  done: "हो गया",
  selection: {
    label: "चुनी गई इमेज",
    count: (count: number) => plural("hi", count, { other: "# चुनी गईं" }),
    selectAll: "सभी चुनें",
    exportCopies: "कॉपी एक्सपोर्ट करें",
    confirmDelete: (count: number) => plural("hi", count, { other: "# इमेज हमेशा के लिए हटाएँ?" }),
  },
  delete: "हटाएँ",
  deleteAsk: "हटाएँ…",
  keep: "रखें",
  close: "बंद करें",
  importing: (done: number, total: number) => `इंपोर्ट हो रहा है: ${n(total)} में से ${n(done)}…`,
  notices: {
    imported: (added: number, duplicates: number) =>
      plural("hi", added, { one: "# फ़ोटो इंपोर्ट की गई", other: "# फ़ोटो इंपोर्ट की गईं" }) +
      (duplicates ? `; ${n(duplicates)} पहले से वॉल्ट में हैं।` : "।"),
    exported: (files: number, path: string) =>
      plural("hi", files, {
        one: `डिक्रिप्ट की गई एक कॉपी manifest.json के साथ ${path} में एक्सपोर्ट की गई`,
        other: `डिक्रिप्ट की गई # कॉपी manifest.json के साथ ${path} में एक्सपोर्ट की गईं`,
      }),
    keptLonger: (deletion: string) => `ज़्यादा समय तक रखी जाएगी: ${deletion}।`,
    deleted: (count: number) =>
      plural("hi", count, {
        one: "# इमेज थंबनेल समेत हटाई गई। उसकी कुंजी नष्ट कर दी गई है।",
        other: "# इमेज थंबनेल समेत हटाई गईं। उनकी कुंजियाँ नष्ट कर दी गई हैं।",
      }),
    watchFailed: (detail: string) => `निगरानी फ़ोल्डर की एक फ़ोटो इंपोर्ट नहीं हो सकी: ${detail}`,
  },
  empty: {
    title: "अभी कोई इमेज नहीं",
    dropBefore: "इस पेज पर कहीं भी फ़ोटो छोड़ें, या ",
    dropAfter: " चुनें। फ़ोटो आते ही एन्क्रिप्ट हो जाती हैं।",
    retention: "इंपोर्ट की गई मूल फ़ोटो 24 घंटे के भीतर अपने-आप हटा दी जाती हैं; आपकी बनाई इमेज 30 दिन तक रहती हैं।",
    noMatchTitle: "कुछ नहीं मिला",
    noMatch: "इस खोज से कोई इमेज मेल नहीं खाती। सब कुछ देखने के लिए खोज साफ़ करें।",
  },
  untitled: "बिना नाम",
  imageAlt: "इमेज",
  detail: {
    label: "इमेज का विवरण",
    kind: "प्रकार",
    original: "इंपोर्ट की गई फ़ोटो",
    output: "बनाई गई इमेज",
    size: "आकार",
    added: "जोड़ी गई",
    deletion: "हटाई जाएगी",
    madeBy: "किसने बनाई",
    thisDevice: "यह डिवाइस",
    prompt: "प्रॉम्प्ट",
    task: "कार्य",
    id: "ID",
    keepBy: "इतने और समय रखें",
    periods: {
      week: "एक हफ़्ता",
      month: "30 दिन",
      quarter: "90 दिन",
      year: "एक साल",
    },
    originalNote: "इंपोर्ट की गई फ़ोटो 24 घंटे के भीतर हटा दी जाती हैं, या उनका उपयोग करने वाला कार्य पूरा होते ही।",
    exportCopy: "कॉपी एक्सपोर्ट करें",
    confirmDelete: "हमेशा के लिए हटाएँ?",
  },
} satisfies typeof en;
