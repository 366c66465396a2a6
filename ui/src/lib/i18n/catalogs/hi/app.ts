import type en from "../en/app";
import { plural } from "../../plural";

export default {
  sections: {
    gallery: "गैलरी",
    create: "बनाएँ",
    idphoto: "पहचान फ़ोटो",
    tasks: "कार्य",
    privacy: "निजता",
    settings: "सेटिंग",
  },
  nav: {
    label: "खंड",
    lock: "लॉक करें",
    about: "परिचय",
    local: "केवल स्थानीय",
    localTitle: "इमेज और कुंजियाँ इसी डिवाइस पर रहती हैं",
  },
  keyringBanner: (detail: string | null) =>
    `सिस्टम कीरिंग तक पहुँचा नहीं जा सकता${detail ? ` (${detail})` : ""}। इसके बजाय वॉल्ट को पासफ़्रेज़ से सुरक्षित करें; तब प्रदाताओं की API कुंजियाँ वॉल्ट के भीतर सील करके रखी जाती हैं।`,
  fatal: {
    title: "Seed Studio आपका डेटा नहीं खोल सकता",
    help: (file: string) =>
      `कुछ भी बदला या हटाया नहीं गया है। डेटा फ़ोल्डर में ${file} को ठीक करें या हटाएँ, फिर Seed Studio दोबारा शुरू करें।`,
  },
  about: {
    title: "Seed Studio के बारे में",
    tagline: "आपकी फ़ोटो आपकी ही रहती हैं: इमेज और कुंजियाँ एन्क्रिप्ट होकर इसी डिवाइस पर रहती हैं।",
    version: "संस्करण",
    dataFolder: "डेटा फ़ोल्डर",
    settingsFile: "सेटिंग फ़ाइल",
    notCreatedYet: "अभी बनी नहीं है, डिफ़ॉल्ट सेटिंग लागू हैं",
    logs: "लॉग",
    keyring: "कीरिंग",
    keyringWorking: "काम कर रही है",
    keyringNotReachable: "पहुँच से बाहर",
    vault: "वॉल्ट",
    vaultNone: "अभी नहीं है",
    vaultStates: { open: "खुला", locked: "लॉक", error: "त्रुटि", none: "कोई नहीं" },
    vaultInKeyring: (state: string) => `कुंजी सिस्टम कीरिंग में, ${state}`,
    vaultByPassphrase: (state: string) => `पासफ़्रेज़ से सुरक्षित, ${state}`,
    encryption: "एन्क्रिप्शन",
    encryptionImages: (cipher: string) => `इमेज: ${cipher}`,
    encryptionIndex: (sqlcipher: string, sqlite: string) => `इंडेक्स: SQLCipher ${sqlcipher} (SQLite ${sqlite})`,
    checking: "जाँच हो रही है…",
  },
  lock: {
    title: "Seed Studio लॉक है",
    bodyVaultPassphrase:
      "आपकी इमेज और उनकी कुंजियाँ मेमोरी से हटा दी गई हैं। तय समय पर हटाना फिर भी जारी रहता है। अपने वॉल्ट का पासफ़्रेज़ डालें।",
    bodyLockPassphrase:
      "आपकी इमेज और उनकी कुंजियाँ मेमोरी से हटा दी गई हैं। तय समय पर हटाना फिर भी जारी रहता है। अपना लॉक पासफ़्रेज़ डालें।",
    passphrase: "पासफ़्रेज़",
    unlock: "अनलॉक करें",
    unlocking: "अनलॉक हो रहा है…",
  },
  vaultSetup: {
    createTitle: "अपना निजी वॉल्ट सेट करें",
    unlockTitle: "अपना वॉल्ट अनलॉक करें",
    createIntro:
      "आप जो फ़ोटो इंपोर्ट करते हैं, वे यहाँ एन्क्रिप्ट होकर रखी जाती हैं, हर एक अपनी अलग कुंजी के साथ, और अपने-आप हट जाती हैं: इंपोर्ट की गई मूल फ़ोटो 24 घंटे के भीतर। वॉल्ट की मास्टर कुंजी इसी कंप्यूटर पर रहती है।",
    unlockIntro: "यह वॉल्ट पासफ़्रेज़ से सुरक्षित है। पासफ़्रेज़ डालने तक इसमें से कुछ भी नहीं दिखाया जा सकता।",
    keyQuestion: "कुंजी कहाँ रखी जाए?",
    keyInKeyring: "सिस्टम कीरिंग में (सुझाया गया: कुछ याद नहीं रखना पड़ता)",
    keyInKeyringUnavailable: "सिस्टम कीरिंग में (इस सिस्टम पर पहुँच से बाहर)",
    keyBehindPassphrase: "मेरे चुने पासफ़्रेज़ के पीछे (यह खो गया तो वॉल्ट खोला नहीं जा सकेगा)",
    passphrase: "पासफ़्रेज़",
    repeat: "दोबारा डालें",
    hint: "कम से कम 10 अक्षर। खोलने में लगभग एक सेकंड लगता है: इसी से अनुमान लगाना धीमा होता है।",
    create: "वॉल्ट बनाएँ",
    unlock: "अनलॉक करें",
    working: "काम जारी है…",
  },
  time: {
    kept: "जब तक आप न हटाएँ, रखा रहेगा",
    beingDeleted: "हटाया जा रहा है",
    deletedInMinutes: (n: number) => plural("hi", n, { other: "# मिनट में हटेगा" }),
    deletedInHours: (n: number) => plural("hi", n, { other: "# घंटे में हटेगा" }),
    deletedInDays: (n: number) => plural("hi", n, { other: "# दिन में हटेगा" }),
    nothing: "कुछ नहीं",
    originals: (n: number) => plural("hi", n, { other: "# मूल फ़ोटो" }),
    outputs: (n: number) => plural("hi", n, { other: "# बनाई गई इमेज" }),
    thumbnails: (n: number) => plural("hi", n, { other: "# थंबनेल" }),
    logFiles: (n: number) => plural("hi", n, { one: "# लॉग फ़ाइल", other: "# लॉग फ़ाइलें" }),
    ledgerEntries: (n: number) => plural("hi", n, { one: "# लेखा प्रविष्टि", other: "# लेखा प्रविष्टियाँ" }),
  },
} satisfies typeof en;
