import type en from "../en/idphoto";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "पासपोर्ट और वीज़ा फ़ोटो, पूरी तरह इसी डिवाइस पर बनाई जाती हैं।",
  noVaultTitle: "पहले अपना वॉल्ट सेट करें",
  noVaultBody: (gallery: string) =>
    `एक पोर्ट्रेट और एक दस्तावेज़ चुनें (अमेरिकी पासपोर्ट, शेंगेन वीज़ा, यूके, कनाडा, भारत, चीन और 25 अन्य)। Seed Studio चेहरा ढूँढता है, उसे सिर के आकार और आँखों की ऊँचाई के आधिकारिक नियमों के अनुसार काटता है, पृष्ठभूमि बदलता है और नतीजे की जाँच करता है — आपका चेहरा कहीं अपलोड किए बिना। पहले *${gallery}* में वॉल्ट सेट करें।`,

  stepPhoto: "1. फ़ोटो",
  importPhotos: "फ़ोटो इंपोर्ट करें…",
  importing: "इंपोर्ट हो रहा है…",
  noPhotos: "अभी कोई फ़ोटो नहीं है। सादी दीवार के सामने, कैमरे की ओर देखते हुए खींचा गया पोर्ट्रेट इंपोर्ट करें।",
  photoAlt: "फ़ोटो",
  pickHint: "प्रीव्यू के लिए एक फ़ोटो चुनें; एक ही सेटिंग से सबको बनाने के लिए कई फ़ोटो चुनें।",
  batchWorking: "काम जारी है…",
  batchSaved: "सहेजी गई",
  batchSavedWithFails: (n: number) =>
    plural("hi", n, { one: "सहेजी गई, # जाँच विफल", other: "सहेजी गई, # जाँचें विफल" }),

  stepDocument: "2. दस्तावेज़",
  searchPlaceholder: "देश या दस्तावेज़ से खोजें",
  searchLabel: "दस्तावेज़ खोजें",
  documentLabel: "दस्तावेज़",
  noMatch: "खोज से कोई दस्तावेज़ मेल नहीं खाता।",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height} मिमी, ${dpi} dpi पर`,
  summaryHeadHair: (lo: string, hi: string) => `सिर ${lo}–${hi} मिमी (ठुड्डी से बालों के ऊपरी सिरे तक)`,
  summaryHeadSkull: (lo: string, hi: string) => `सिर ${lo}–${hi} मिमी (ठुड्डी से सिर के ऊपरी सिरे तक, बाल छोड़कर)`,
  summaryEyes: (lo: string, hi: string) => `आँखें नीचे के किनारे से ${lo}–${hi} मिमी`,
  sourceOfficial: (date: string) => `स्रोत: जारी करने वाला प्राधिकरण, ${date}।`,
  sourceSecondary: (date: string) => `स्रोत: एक द्वितीयक संकलन, ${date}।`,
  docs: {
    "us-passport": { document: "पासपोर्ट" },
    "us-visa": { document: "वीज़ा (DS-160)" },
    "us-dv-lottery": { document: "डायवर्सिटी वीज़ा लॉटरी आवेदन" },
    "schengen-visa": { country: "शेंगेन क्षेत्र", document: "वीज़ा (ICAO 35×45)" },
    "de-passport": { document: "पासपोर्ट / पहचान पत्र" },
    "fr-passport": { document: "पासपोर्ट / पहचान पत्र" },
    "it-passport": { document: "पासपोर्ट" },
    "at-passport": { document: "पासपोर्ट" },
    "be-passport": { document: "पासपोर्ट / ई-आईडी" },
    "hr-passport": { document: "पासपोर्ट" },
    "gb-passport": { document: "पासपोर्ट" },
    "ie-passport": { document: "पासपोर्ट" },
    "gr-passport": { document: "पासपोर्ट" },
    "ee-passport": { document: "पासपोर्ट / पहचान पत्र" },
    "ca-passport": { document: "पासपोर्ट" },
    "ca-visa": { document: "वीज़ा / स्थायी निवास (IRCC)" },
    "au-passport": { document: "पासपोर्ट" },
    "in-passport": { document: "पासपोर्ट" },
    "in-evisa": { document: "ई-वीज़ा" },
    "cn-passport": { document: "पासपोर्ट" },
    "cn-visa": { document: "वीज़ा" },
    "jp-passport": { document: "पासपोर्ट" },
    "kr-passport": { document: "पासपोर्ट" },
    "br-passport": { document: "पासपोर्ट" },
    "mx-passport": { document: "पासपोर्ट" },
    "co-passport": { document: "पासपोर्ट" },
    "lb-passport": { document: "पासपोर्ट" },
    "sg-passport": { document: "पासपोर्ट" },
    "nz-passport": { document: "पासपोर्ट" },
    "ch-passport": { document: "पासपोर्ट / पहचान पत्र" },
    "icao-35x45": { country: "कोई भी (ICAO)", document: "सामान्य ICAO 9303 फ़ोटो, 35×45 मिमी" },
  },

  stepLook: "3. पृष्ठभूमि और बारीक समायोजन",
  colours: {
    white: "सफ़ेद",
    lightGrey: "हल्का स्लेटी",
    lightBlue: "हल्का नीला",
    blue: "नीला",
    red: "लाल",
  },
  customColour: "अपना रंग",
  keepBackground: "मूल पृष्ठभूमि रखें",
  rejectsReplaced:
    "इस दस्तावेज़ का प्राधिकरण बदली गई पृष्ठभूमि वाली फ़ोटो अस्वीकार करता है: मूल पृष्ठभूमि रखें, जो सादी हल्के रंग की दीवार के सामने खींची गई हो।",
  headSize: "सिर का आकार",
  upDown: "ऊपर / नीचे (मिमी)",
  leftRight: "बाएँ / दाएँ (मिमी)",
  autoLight: "एक्सपोज़र और व्हाइट बैलेंस को हल्का-सा ठीक करें",

  preview: "प्रीव्यू",
  previewAlt: "दस्तावेज़ के आकार में काटा गया प्रीव्यू",
  previewEmpty: "गाइड लाइनों और अनुपालन रिपोर्ट के साथ यहाँ देखने के लिए एक फ़ोटो चुनें।",
  legend: (headMm: string, share: string) =>
    `छायांकित: जहाँ सिर का ऊपरी सिरा (और आँखें) हो सकती हैं। रेखाएँ: मापा गया सिर का ऊपरी सिरा, आँखें, ठुड्डी। सिर ${headMm} मिमी, ऊँचाई का ${share}।`,
  report: "अनुपालन रिपोर्ट",
  status: { pass: "पास:", warn: "चेतावनी:", fail: "विफल:" },
  checks: {
    oneFace: "ठीक एक चेहरा, पूरी तरह फ़ोटो के भीतर",
    headHeight: {
      within: (value: string, lo: string, hi: string) =>
        `सिर (ठुड्डी से ऊपरी सिरे तक) ${value} मिमी है, आवश्यक ${lo}–${hi} मिमी के भीतर`,
      below: (value: string, lo: string, hi: string) =>
        `सिर (ठुड्डी से ऊपरी सिरे तक) ${value} मिमी है, आवश्यक ${lo}–${hi} मिमी से कम`,
      above: (value: string, lo: string, hi: string) =>
        `सिर (ठुड्डी से ऊपरी सिरे तक) ${value} मिमी है, आवश्यक ${lo}–${hi} मिमी से अधिक`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) =>
        `आँखों की रेखा नीचे से ${value} मिमी है, आवश्यक ${lo}–${hi} मिमी के भीतर`,
      below: (value: string, lo: string, hi: string) =>
        `आँखों की रेखा नीचे से ${value} मिमी है, आवश्यक ${lo}–${hi} मिमी से कम`,
      above: (value: string, lo: string, hi: string) =>
        `आँखों की रेखा नीचे से ${value} मिमी है, आवश्यक ${lo}–${hi} मिमी से अधिक`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) =>
        `सिर के ऊपर की जगह ${value} मिमी है, आवश्यक ${lo}–${hi} मिमी के भीतर`,
      below: (value: string, lo: string, hi: string) =>
        `सिर के ऊपर की जगह ${value} मिमी है, आवश्यक ${lo}–${hi} मिमी से कम`,
      above: (value: string, lo: string, hi: string) =>
        `सिर के ऊपर की जगह ${value} मिमी है, आवश्यक ${lo}–${hi} मिमी से अधिक`,
      touches: "सिर का ऊपरी सिरा किनारे को छू रहा है",
    },
    level: {
      pass: "परिणाम में आँखें सीधी रेखा में हैं",
      fail: (degrees: string) => `परिणाम में सिर अब भी ${degrees}° झुका है; सीधे सिर वाली फ़ोटो इस्तेमाल करें`,
    },
    roll: {
      level: "सिर सीधा है",
      levelled: (degrees: string) => `सिर ${degrees}° झुका हुआ था और उसे सीधा कर दिया गया है`,
      tooTilted: (degrees: string) =>
        `सिर ${degrees}° झुका हुआ था; सीधा कर दिया गया है, पर सीधी खींची गई फ़ोटो बेहतर लगती है`,
    },
    yaw: {
      pass: "चेहरा सीधे कैमरे की ओर है",
      warn: "चेहरा थोड़ा मुड़ा हुआ है; कैमरे की ओर बिल्कुल सीधे देखें",
      fail: "चेहरा एक ओर मुड़ा हुआ है; कैमरे की ओर देखें",
    },
    eyesOpen: {
      pass: "दोनों आँखें खुली हैं",
      warn: "आँखें आधी बंद लगती हैं",
      fail: "आँखें बंद लगती हैं",
    },
    mouthClosed: {
      pass: "मुँह बंद है",
      warn: "मुँह थोड़ा खुला लगता है; चेहरे का भाव सामान्य रखें",
      fail: "मुँह खुला है; उसे बंद रखें",
      smile: "मुस्कान में दाँत दिख रहे हैं; यह दस्तावेज़ स्वाभाविक मुस्कान स्वीकार करता है, खुला मुँह नहीं",
    },
    background: {
      replaced: "पृष्ठभूमि को सादे रंग से बदल दिया गया है",
      rejected: "यह प्राधिकरण बदली गई पृष्ठभूमि वाली फ़ोटो अस्वीकार करता है; “मूल पृष्ठभूमि रखें” चुनें",
      unmeasured: "पृष्ठभूमि को परखा नहीं जा सका (बहुत कम दिख रही है); इसे ख़ुद जाँच लें",
      plain: "पृष्ठभूमि सादी और हल्की है",
      notQuitePlain: "पृष्ठभूमि पूरी तरह सादी या हल्की नहीं है; परछाइयाँ और पैटर्न जाँचें",
      notPlain: "पृष्ठभूमि सादी नहीं है; सादी दीवार इस्तेमाल करें या पृष्ठभूमि बदलें",
    },
    exposure: {
      unmeasured: "चेहरे की रोशनी मापी नहीं जा सकी",
      even: "चेहरे पर रोशनी एक समान है",
      ratherDark: "चेहरा कुछ गहरा है",
      ratherBright: "चेहरा कुछ ज़्यादा चमकीला है",
      tooDark: "चेहरा बहुत गहरा है",
      overexposed: "चेहरा ओवरएक्सपोज़्ड है",
    },
    sharpness: {
      pass: "चेहरा फ़ोकस में है",
      warn: "चेहरा थोड़ा धुंधला लगता है",
      fail: "चेहरा धुंधला है",
    },
    resolution: {
      pass: "इस आकार के लिए फ़ोटो में पर्याप्त बारीकी है",
      warn: (factor: string) => `चेहरे को ${factor}× बड़ा किया गया; पास से या ज़्यादा साफ़ खींची गई फ़ोटो बेहतर होगी`,
      fail: (factor: string) => `चेहरे को ${factor}× बड़ा किया गया: फ़ोटो बहुत छोटी है; पास से खींचें`,
    },
    coverage: {
      filled: (share: string) => `फ़्रेम का कुछ हिस्सा (${share}) फ़ोटो से बाहर था; उसे पृष्ठभूमि के रंग से भर दिया गया`,
      extended: (share: string) => `फ़्रेम का कुछ हिस्सा (${share}) फ़ोटो से बाहर है; उसके किनारे आगे बढ़ाए गए`,
    },
    frameBottom: {
      pass: "फ़ोटो फ़्रेम के निचले किनारे तक पहुँचती है",
      fail: (mm: string) =>
        `फ़ोटो वहाँ से ${mm} मिमी ऊपर ख़त्म होती है जहाँ कंधे होने चाहिए: फ़ोटो थोड़ी दूर से लें`,
    },
    frameSides: {
      pass: "कंधों की ऊँचाई पर फ़ोटो फ़्रेम के दोनों किनारों तक पहुँचती है",
      fail: (mm: string) =>
        `कंधों की ऊँचाई पर फ़ोटो फ़्रेम के किनारे से ${mm} मिमी अंदर ख़त्म होती है: फ़ोटो थोड़ी दूर से लें`,
    },
    hair: {
      pass: "बाल फ़्रेम के अंदर हैं",
      warn: "बाल फ़ोटो के ऊपरी किनारे को छू रहे हैं; सिर थोड़ा छोटा या नीचे हो तो बाल अंदर रहेंगे",
    },
    backgroundRemnants: {
      pass: "पुरानी पृष्ठभूमि का कोई टुकड़ा नहीं बचा",
      warn: (area: string) =>
        `सिर के बगल में या ऊपर लगभग ${area} मिमी² व्यक्ति का हिस्सा माना गया है; अगर यह पुरानी पृष्ठभूमि है, तो इसे ब्रश से हटाएँ`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "रीटच (वैकल्पिक)",
    smooth: "त्वचा चिकनी करें",
    brightness: "चमक",
    contrast: "कंट्रास्ट",
    showBefore: "पहले दिखाएँ",
    showAfter: "बाद में दिखाएँ",
    beforeAlt: "रीटच से पहले की फ़ोटो",
    rule: "केवल रोशनी, कंट्रास्ट और त्वचा की बनावट बदलती है: अधिकारी ऐसी फ़ोटो अस्वीकार करते हैं जिनमें चेहरे के नैन-नक्श, आकार या अनुपात बदले गए हों।",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "कटआउट ठीक करें",
    on: "ब्रश से रंगें",
    mode: "ब्रश",
    add: "व्यक्ति में जोड़ें",
    remove: "व्यक्ति से हटाएँ",
    size: "ब्रश का आकार",
    undo: "पूर्ववत करें",
    clear: "सभी स्ट्रोक मिटाएँ",
    hint: "फ़ोटो पर खींचें: “व्यक्ति में जोड़ें” वह वापस लाता है जो कटआउट से छूट गया (बालों की लट, कान), “हटाएँ” पुरानी पृष्ठभूमि का टुकड़ा हटाता है। Ctrl+Z आख़िरी स्ट्रोक पूर्ववत करता है।",
    count: (n: number) => plural("hi", n, { one: "# ब्रश स्ट्रोक; फ़ोटो इसके साथ फिर से बनाई गई", other: "# ब्रश स्ट्रोक; फ़ोटो इनके साथ फिर से बनाई गई" }),
    areaLabel: "फ़ोटो: कटआउट रंगने के लिए खींचें",
  },

  stepSave: "4. सहेजें",
  printSheet: "प्रिंट शीट",
  noSheet: "कोई प्रिंट शीट नहीं",
  digitalUnder: "डिजिटल फ़ाइल की सीमा (KB)",
  digitalNone: "कोई नहीं",
  digitalOn: (size: string) => `अधिकतम ${size} की एक JPEG भी सहेजी जाती है।`,
  digitalOff: "सीमित आकार की कोई फ़ाइल नहीं: बनाने के लिए एक सीमा दर्ज करें।",
  digitalSpec: (size: string) => `इस दस्तावेज़ का ऑनलाइन फ़ॉर्म ${size} तक की फ़ाइलें लेता है।`,
  saveButton: (n: number) =>
    n > 1
      ? plural("hi", n, { other: "# फ़ोटो वॉल्ट में सहेजें" })
      : "फ़ोटो वॉल्ट में सहेजें",
  saving: (done: number, total: number) => `सहेजा जा रहा है: ${formatNumber("hi", total)} में से ${formatNumber("hi", done)}…`,
  saveHint:
    "फ़ोटो (अपनी DPI जानकारी के साथ), 300 dpi की प्रिंट शीट और सीमित आकार की फ़ाइल एन्क्रिप्ट होकर गैलरी में जाती हैं और 30 दिन रखी जाती हैं। किसी जाँच में विफल फ़ोटो भी सहेजी जा सकती है; उसके नाम में यह लिखा होता है।",
  saved: (made: number, total: number) =>
    plural("hi", made, {
      one: `${formatNumber("hi", total)} में से # पहचान फ़ोटो गैलरी में सहेजी गई। पूरी हो चुकी मूल फ़ोटो हटा दी गई हैं।`,
      other: `${formatNumber("hi", total)} में से # पहचान फ़ोटो गैलरी में सहेजी गईं। पूरी हो चुकी मूल फ़ोटो हटा दी गई हैं।`,
    }),
  savedWithSheets: (made: number, total: number) =>
    plural("hi", made, {
      one: `${formatNumber("hi", total)} में से # पहचान फ़ोटो प्रिंट शीट के साथ गैलरी में सहेजी गई। पूरी हो चुकी मूल फ़ोटो हटा दी गई हैं।`,
      other: `${formatNumber("hi", total)} में से # पहचान फ़ोटो प्रिंट शीट के साथ गैलरी में सहेजी गईं। पूरी हो चुकी मूल फ़ोटो हटा दी गई हैं।`,
    }),
} satisfies typeof en;
