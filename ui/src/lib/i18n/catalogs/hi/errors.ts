import type en from "../en/errors";

// One sentence per error code; see en/errors.ts.
export default {
  invalid_config: "सेटिंग में गलती है, इसलिए उन्हें लागू नहीं किया गया।",
  data_dir: "Seed Studio अपने डेटा फ़ोल्डर का उपयोग नहीं कर पा रहा है।",
  already_running: "Seed Studio किसी दूसरी विंडो या कमांड में इसी डेटा पर काम कर रहा है। उसके पूरा होने के बाद फिर से कोशिश करें।",
  keyring_unavailable: "सिस्टम कीरिंग तक पहुँचा नहीं जा सकता।",
  no_vault: "अभी कोई वॉल्ट नहीं है। पहले गैलरी में एक वॉल्ट सेट करें।",
  locked: "वॉल्ट लॉक है। इसे इसके पासफ़्रेज़ से अनलॉक करें।",
  app_locked: "Seed Studio लॉक है।",
  integrity_error: "सहेजा गया डेटा अखंडता जाँच में विफल रहा, इसलिए उसका उपयोग नहीं किया गया।",
  invalid_input: "इसे जैसा है वैसा उपयोग नहीं किया जा सकता।",
  consent_required: "आपने अभी तक इस प्रदाता को भेजने की अनुमति नहीं दी है।",
  offline: "ऑफ़लाइन मोड चालू है, इसलिए कुछ भी नहीं भेजा गया।",
  missing_api_key: "इस प्रदाता के लिए अभी कोई API कुंजी नहीं है। सेटिंग में एक जोड़ें।",
  provider_error: "प्रदाता यह नहीं कर सका।",
  cancelled: "रद्द किया गया।",
  no_face: "फ़ोटो में कोई चेहरा नहीं मिला।",
  multiple_faces: "फ़ोटो में एक से ज़्यादा चेहरे हैं।",
  face_cut_off: "चेहरा फ़ोटो के किनारे से कट रहा है।",
  internal: "Seed Studio के भीतर कुछ गड़बड़ हो गई।",
  unknown: "कुछ गड़बड़ हो गई।",
  detailLabel: "विवरण",
} satisfies typeof en;
