import type en from "../en/privacy";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

const n = (x: number) => formatNumber("hi", x);
const images = (x: number) => plural("hi", x, { one: "# इमेज", other: "# इमेज" });
const tasks = (x: number) => plural("hi", x, { one: "# कार्य", other: "# कार्य" });
const entries = (x: number) => plural("hi", x, { one: "# लेखा प्रविष्टि", other: "# लेखा प्रविष्टियाँ" });

export default {
  subtitle: "क्या सहेजा गया है, कहाँ, इसे कौन पा सकता है, और इस डिवाइस से बाहर गई हर चीज़।",

  notices: {
    exported: (i: number, t: number, e: number, path: string) =>
      `एक्सपोर्ट पूरा हुआ: ${images(i)}, ${tasks(t)} और ${entries(e)}, स्थान: ${path}`,
    backedUp: (i: number, t: number, e: number, path: string) =>
      `बैकअप पूरा हुआ: ${images(i)}, ${tasks(t)} और ${entries(e)}, स्थान: ${path}`,
    restored: (originals: number, outputs: number, t: number, duplicates: number) =>
      `रीस्टोर पूरा हुआ: ${plural("hi", originals, { one: "# मूल फ़ोटो", other: "# मूल फ़ोटो" })}, ${plural("hi", outputs, { one: "# बनाई गई इमेज", other: "# बनाई गई इमेज" })} और ${tasks(t)}; ${images(duplicates)} पहले से मौजूद थीं।`,
    taskDeleted: (files: number, e: number) =>
      `कार्य हटा दिया गया, साथ में ${plural("hi", files, { one: "# सहेजी गई फ़ाइल", other: "# सहेजी गई फ़ाइलें" })} उनकी कुंजियों सहित और ${entries(e)}।`,
    stopped: {
      export: "एक्सपोर्ट रोक दिया गया।",
      backup: "बैकअप रोक दिया गया।",
      restore: "रीस्टोर रोक दिया गया।",
    },
    diagnosticsCopied:
      "डायग्नोस्टिक्स क्लिपबोर्ड पर कॉपी हो गए। इनमें कोई कुंजी, प्रॉम्प्ट, फ़ाइल का नाम या होम फ़ोल्डर का पाथ नहीं है।",
  },

  inventory: {
    title: "क्या सहेजा गया है",
    kinds: {
      original: "मूल फ़ोटो",
      output: "बनाई गई इमेज",
      thumbnail: "थंबनेल",
    },
    ledgerEntries: "बाहर भेजे गए अनुरोधों के लेखे की प्रविष्टियाँ",
    logFiles: "संचालन लॉग फ़ाइलें",
    oldest: (date: string) => `सबसे पुराना आइटम: ${date}।`,
    nextDeletion: (date: string, what: string) => `अगली बार ${date} को हटाया जाएगा: ${what}।`,
    nothingScheduled: "कुछ भी हटाने के लिए निर्धारित नहीं है।",
    nothing: "कुछ नहीं",
    originals: (x: number) => plural("hi", x, { one: "# मूल फ़ोटो", other: "# मूल फ़ोटो" }),
    outputs: (x: number) => plural("hi", x, { one: "# बनाई गई इमेज", other: "# बनाई गई इमेज" }),
    thumbnails: (x: number) => plural("hi", x, { one: "# थंबनेल", other: "# थंबनेल" }),
    protectedByPassphrase: (objectCipher: string, indexCipher: string) =>
      `सुरक्षा: इमेज ${objectCipher} से सील; इंडेक्स ${indexCipher} से एन्क्रिप्ट; मास्टर कुंजी आपके पासफ़्रेज़ से सील (Argon2id)।`,
    protectedByKeyring: (objectCipher: string, indexCipher: string) =>
      `सुरक्षा: इमेज ${objectCipher} से सील; इंडेक्स ${indexCipher} से एन्क्रिप्ट; मास्टर कुंजी सिस्टम कीरिंग में।`,
  },

  export: {
    title: "एक्सपोर्ट",
    zip: "एक .zip फ़ाइल में",
    strip: "अंदर जुड़ा मेटाडेटा हटाएँ (EXIF, XMP, C2PA)",
    all: "सब कुछ एक्सपोर्ट करें",
    saveAs: "इस रूप में सहेजें…",
    where:
      "एक्सपोर्ट `Pictures/Seed Studio exports` में जाते हैं (या “इस रूप में सहेजें…” से आपकी चुनी जगह पर): पढ़ने लायक नामों वाली डिक्रिप्ट की गई इमेज, और एक `manifest.json` जिसमें कार्य, प्रॉम्प्ट, प्रदाताओं और लेखे का ब्योरा होता है।",
  },

  progress: {
    export: (done: number, total: number) => `एक्सपोर्ट हो रहा है: ${n(total)} में से ${n(done)}…`,
    backup: (done: number, total: number) => `बैकअप हो रहा है: ${n(total)} में से ${n(done)}…`,
    restore: (done: number, total: number) => `रीस्टोर हो रहा है: ${n(total)} में से ${n(done)}…`,
  },

  backup: {
    title: "एन्क्रिप्ट किया गया बैकअप",
    about:
      "एक फ़ाइल, जिसमें हर इमेज, कार्य और लेखा प्रविष्टि होती है, एक पासफ़्रेज़ से सील की गई (खुला `age` फ़ॉर्मेट) — ताकि नतीजे रखने की अवधि के बाद भी बचे रहें, या दूसरे कंप्यूटर पर ले जाए जा सकें। पासफ़्रेज़ के बिना इसे कोई नहीं खोल सकता — आप भी नहीं। रीस्टोर करने पर इमेज और कार्य इस वॉल्ट में वापस आ जाते हैं, और जो पहले से है उसे छोड़ दिया जाता है।",
    passphrase: "बैकअप पासफ़्रेज़",
    again: "बैकअप के लिए इसे दोबारा लिखें",
    againLabel: "बैकअप पासफ़्रेज़ दोबारा लिखें",
    make: "बैकअप बनाएँ…",
    restore: "बैकअप रीस्टोर करें…",
    restoreNeedsPassphrase: "पहले बैकअप का पासफ़्रेज़ लिखें",
    tooShort: (min: number) =>
      `बैकअप पासफ़्रेज़ में कम से कम ${plural("hi", min, { one: "# अक्षर", other: "# अक्षर" })} होने चाहिए।`,
    differ: "दोनों पासफ़्रेज़ अलग हैं।",
  },

  lookup: {
    title: "कार्य खोजें",
    placeholder: "कार्य ID चिपकाएँ",
    label: "कार्य ID",
    show: "दिखाएँ",
    thisDevice: "यह डिवाइस",
    reference: "संदर्भ",
    result: "नतीजा",
    until: (date: string) => `${date} तक`,
    kept: "रखा गया",
    summary: (requests: number, changes: number) =>
      `${plural("hi", requests, { one: "# अनुरोध", other: "# अनुरोध" })} भेजे गए; ${plural("hi", changes, { one: "# स्थिति बदलाव", other: "# स्थिति बदलाव" })} दर्ज हुए।`,
    exportTask: "यह कार्य एक्सपोर्ट करें",
    deleteTask: "यह कार्य हटाएँ…",
    deleteConfirm: (i: number, e: number) =>
      `इससे ${images(i)} उनके थंबनेल और कुंजियों सहित, ${entries(e)} और कार्य का इतिहास हट जाएगा।`,
    keep: "रखें",
    sentTitle: "डिवाइस से क्या बाहर गया",
    sentShow: "जो भेजा गया वह दिखाएँ",
    sentSame: "संदर्भ छवि से इसी डिवाइस पर दोबारा बनाई गई: जो भेजा गया था उसके बिल्कुल समान (इसका SHA-256 लॉग में है)।",
    sentDiffers:
      "इसी डिवाइस पर दोबारा बनाई गई, पर जो भेजा गया था उससे अलग: इसे आकार देने वाली एक सेटिंग (किसी प्रदाता की आकार सीमा) तब से बदल गई है। लॉग में वही दर्ज है जो बाहर गया।",
    sentGone:
      "कार्य पूरा होने पर संदर्भ छवियाँ और भेजी गई प्रतियाँ हटा दी गईं; लॉग में हर हिस्से का आकार, स्तर और SHA-256 (ऊपर) रखा है।",
  },

  location: {
    title: "आपका डेटा कहाँ रहता है",
    noTelemetry: "कहीं और कुछ नहीं लिखा जाता। कोई टेलीमेट्री कभी इकट्ठा नहीं की जाती।",
  },

  keys: {
    title: "कुंजियाँ",
    working: "काम कर रही है",
    unreachable: "पहुँच से बाहर",
    checking: "जाँच हो रही है…",
    about: "प्रदाताओं की API कुंजियाँ सिस्टम कीरिंग में रखी जाती हैं (कीरिंग उपलब्ध न हो तो पासफ़्रेज़ से सुरक्षित वॉल्ट के अंदर सील करके), कभी खुली फ़ाइलों या लॉग में नहीं।",
  },

  consents: {
    title: "आपकी इमेज कौन पा सकता है",
    about: "आपकी सहमति के बिना किसी प्रदाता को कुछ नहीं भेजा जाता। सहमति वापस लेते ही नए अनुरोध तुरंत रुक जाते हैं।",
    none: "किसी प्रदाता के पास आपकी सहमति नहीं है। किसी को पहली बार भेजते समय आपसे पूछा जाएगा।",
    allowedSince: (date: string) => `${date} से अनुमति है`,
    notAllowed: "अनुमति नहीं",
    withdraw: "सहमति वापस लें",
    allow: "अनुमति दें",
  },

  troubleshooting: {
    title: "समस्या निवारण",
    about:
      "पिछले 24 घंटों का संचालन लॉग दर्ज करता है कि क्या हुआ (कार्रवाइयाँ, प्रदाता, नतीजे, त्रुटियाँ) — प्रॉम्प्ट, कुंजियाँ, इमेज या फ़ाइलों के नाम कभी नहीं। डायग्नोस्टिक्स में बग रिपोर्ट के लिए वर्ज़न और सेटिंग भी जुड़ जाती हैं।",
    showLog: "लॉग दिखाएँ",
    copyDiagnostics: "डायग्नोस्टिक्स कॉपी करें",
    logLabel: "संचालन लॉग",
    diagnosticsLabel: "डायग्नोस्टिक्स",
    omitted: (x: number) => `… ${plural("hi", x, { one: "# पिछली पंक्ति", other: "# पिछली पंक्तियाँ" })}`,
    empty: "लॉग खाली है।",
  },

  erase: {
    title: "सब कुछ मिटाएँ",
    about:
      "वॉल्ट की मास्टर कुंजी नष्ट करता है (ताकि सहेजी गई कोई भी चीज़ फिर पढ़ी न जा सके), फिर हर इमेज, थंबनेल, इंडेक्स, लेखा, लॉग और सेटिंग हटाता है, हर सहमति वापस लेता है और कीरिंग से प्रदाताओं की API कुंजियाँ हटा देता है। इसके बाद Seed Studio बिल्कुल नए जैसा शुरू होता है। इसे पलटा नहीं जा सकता; अगर आपको कॉपी चाहिए तो पहले एक्सपोर्ट करें।",
    howTo: "पुष्टि के लिए अंग्रेज़ी शब्द ERASE बड़े अक्षरों में लिखें।",
    placeholder: "ERASE लिखें",
    label: "पुष्टि के लिए ERASE लिखें",
    button: "सब कुछ मिटाएँ",
    erasing: "मिटाया जा रहा है…",
  },

  ledger: {
    title: "बाहर भेजे गए अनुरोधों का लेखा",
    emptyTitle: "इस डिवाइस से कुछ भी बाहर नहीं गया",
    emptyBody:
      "AI प्रदाता को भेजा गया हर अनुरोध यहाँ दर्ज होता है: कौन-सा प्रदाता, कब, किस कार्य के लिए, और हर इमेज का आकार, माप और फ़िंगरप्रिंट — ताकि आप ठीक-ठीक देख सकें कि क्या भेजा गया।",
    provider: "प्रदाता",
    allProviders: "सभी प्रदाता",
    filter: "फ़िल्टर",
    filterPlaceholder: "कार्य ID, होस्ट या इमेज फ़िंगरप्रिंट",
    shown: (shown: number, total: number) =>
      `${plural("hi", total, { one: "# अनुरोध", other: "# अनुरोधों" })} में से ${n(shown)}`,
    when: "कब",
    to: "किसे",
    what: "क्या",
    answer: "जवाब",
    task: "कार्य",
    promptChars: (x: number) => plural("hi", x, { one: "प्रॉम्प्ट का # अक्षर", other: "प्रॉम्प्ट के # अक्षर" }),
    noAnswer: "कोई जवाब नहीं",
    openTask: "यह कार्य “कार्य” में देखें",
  },
} satisfies typeof en;
