import type en from "../en/idphoto";
import { formatNumber } from "../../format";
import { plural } from "../../plural";

export default {
  subtitle: "여권·비자 사진을 모두 이 기기에서 만듭니다.",
  noVaultTitle: "먼저 보관함을 설정하세요",
  noVaultBody: (gallery: string) =>
    `인물 사진과 서류(미국 여권, 솅겐 비자, 영국, 캐나다, 인도, 중국 외 25종)를 고르세요. Seed Studio가 얼굴을 찾아 공식 머리 크기와 눈 높이 규정에 맞게 자르고, 배경을 바꾼 뒤 결과를 검사합니다. 얼굴 사진은 어디에도 업로드되지 않습니다. 먼저 *${gallery}*에서 보관함을 설정하세요.`,

  stepPhoto: "1. 사진",
  importPhotos: "사진 가져오기…",
  importing: "가져오는 중…",
  noPhotos: "아직 사진이 없습니다. 단색 벽 앞에서 카메라를 정면으로 보고 찍은 인물 사진을 가져오세요.",
  photoAlt: "사진",
  pickHint: "사진 한 장을 고르면 미리 보고, 여러 장을 고르면 모두 같은 설정으로 만듭니다.",
  batchWorking: "처리 중…",
  batchSaved: "저장됨",
  batchSavedWithFails: (n: number) => plural("ko", n, { other: "저장됨, 검사 #개 불합격" }),

  stepDocument: "2. 서류",
  searchPlaceholder: "국가 또는 서류로 검색",
  searchLabel: "서류 검색",
  documentLabel: "서류",
  noMatch: "검색과 일치하는 서류가 없습니다.",
  summarySize: (width: string, height: string, dpi: string) => `${width}×${height}mm, ${dpi}dpi`,
  summaryHeadHair: (lo: string, hi: string) => `머리 ${lo}–${hi}mm(턱부터 머리카락 끝까지)`,
  summaryHeadSkull: (lo: string, hi: string) => `머리 ${lo}–${hi}mm(턱부터 정수리까지, 머리카락 제외)`,
  summaryEyes: (lo: string, hi: string) => `눈 높이 아래 끝에서 ${lo}–${hi}mm`,
  sourceOfficial: (date: string) => `출처: 발급 기관, ${date}.`,
  sourceSecondary: (date: string) => `출처: 2차 자료, ${date}.`,
  docs: {
    "us-passport": { document: "여권" },
    "us-visa": { document: "비자(DS-160)" },
    "us-dv-lottery": { document: "다양성 이민 비자 추첨 신청" },
    "schengen-visa": { country: "솅겐 지역", document: "비자(ICAO 35×45)" },
    "de-passport": { document: "여권 / 신분증" },
    "fr-passport": { document: "여권 / 신분증" },
    "it-passport": { document: "여권" },
    "at-passport": { document: "여권" },
    "be-passport": { document: "여권 / 전자 신분증" },
    "hr-passport": { document: "여권" },
    "gb-passport": { document: "여권" },
    "ie-passport": { document: "여권" },
    "gr-passport": { document: "여권" },
    "ee-passport": { document: "여권 / 신분증" },
    "ca-passport": { document: "여권" },
    "ca-visa": { document: "비자 / 영주권(IRCC)" },
    "au-passport": { document: "여권" },
    "in-passport": { document: "여권" },
    "in-evisa": { document: "전자 비자" },
    "cn-passport": { document: "여권" },
    "cn-visa": { document: "비자" },
    "jp-passport": { document: "여권" },
    "kr-passport": { document: "여권" },
    "br-passport": { document: "여권" },
    "mx-passport": { document: "여권" },
    "co-passport": { document: "여권" },
    "lb-passport": { document: "여권" },
    "sg-passport": { document: "여권" },
    "nz-passport": { document: "여권" },
    "ch-passport": { document: "여권 / 신분증" },
    "icao-35x45": { country: "공통(ICAO)", document: "ICAO 9303 표준 사진, 35×45mm" },
  },

  stepLook: "3. 배경 및 미세 조정",
  colours: {
    white: "흰색",
    lightGrey: "연회색",
    lightBlue: "연한 파란색",
    blue: "파란색",
    red: "빨간색",
  },
  customColour: "사용자 지정 색상",
  keepBackground: "원래 배경 유지",
  rejectsReplaced: "이 서류의 발급 기관은 배경을 바꾼 사진을 받지 않습니다. 밝은 단색 벽 앞에서 찍은 원래 배경을 유지하세요.",
  headSize: "머리 크기",
  upDown: "위 / 아래(mm)",
  leftRight: "왼쪽 / 오른쪽(mm)",
  autoLight: "노출과 화이트 밸런스를 살짝 보정",

  preview: "미리 보기",
  previewAlt: "서류 크기에 맞게 자른 미리 보기",
  previewEmpty: "사진을 고르면 안내선과 규격 검사 결과와 함께 여기에 표시됩니다.",
  legend: (headMm: string, share: string) =>
    `음영: 정수리(와 눈)가 있어야 할 범위. 선: 측정한 정수리, 눈, 턱 위치. 머리 ${headMm}mm, 높이의 ${share}.`,
  report: "규격 검사 결과",
  status: { pass: "통과:", warn: "주의:", fail: "불합격:" },
  checks: {
    oneFace: "얼굴이 정확히 하나이며 사진 안에 완전히 들어 있습니다",
    headHeight: {
      within: (value: string, lo: string, hi: string) => `머리(턱부터 정수리까지)가 ${value}mm로, 규정 ${lo}–${hi}mm 안에 있습니다`,
      below: (value: string, lo: string, hi: string) => `머리(턱부터 정수리까지)가 ${value}mm로, 규정 ${lo}–${hi}mm보다 작습니다`,
      above: (value: string, lo: string, hi: string) => `머리(턱부터 정수리까지)가 ${value}mm로, 규정 ${lo}–${hi}mm보다 큽니다`,
    },
    eyeLine: {
      within: (value: string, lo: string, hi: string) => `눈 높이가 아래 끝에서 ${value}mm로, 규정 ${lo}–${hi}mm 안에 있습니다`,
      below: (value: string, lo: string, hi: string) => `눈 높이가 아래 끝에서 ${value}mm로, 규정 ${lo}–${hi}mm보다 낮습니다`,
      above: (value: string, lo: string, hi: string) => `눈 높이가 아래 끝에서 ${value}mm로, 규정 ${lo}–${hi}mm보다 높습니다`,
    },
    topMargin: {
      within: (value: string, lo: string, hi: string) => `머리 위 여백이 ${value}mm로, 규정 ${lo}–${hi}mm 안에 있습니다`,
      below: (value: string, lo: string, hi: string) => `머리 위 여백이 ${value}mm로, 규정 ${lo}–${hi}mm보다 좁습니다`,
      above: (value: string, lo: string, hi: string) => `머리 위 여백이 ${value}mm로, 규정 ${lo}–${hi}mm보다 넓습니다`,
      touches: "정수리가 사진 가장자리에 닿습니다",
    },
    level: {
      pass: "결과에서 두 눈이 수평입니다",
      fail: (degrees: string) => `결과에서도 머리가 ${degrees}° 기울어져 있습니다. 머리를 똑바로 세운 사진을 사용하세요`,
    },
    roll: {
      level: "머리가 수평입니다",
      levelled: (degrees: string) => `머리가 ${degrees}° 기울어져 있어 수평으로 보정했습니다`,
      tooTilted: (degrees: string) => `머리가 ${degrees}° 기울어져 있었습니다. 보정했지만 똑바로 찍은 사진이 더 좋습니다`,
    },
    yaw: {
      pass: "얼굴이 카메라를 정면으로 보고 있습니다",
      warn: "얼굴이 살짝 돌아가 있습니다. 카메라를 정면으로 보세요",
      fail: "얼굴이 옆으로 돌아가 있습니다. 카메라를 보세요",
    },
    eyesOpen: {
      pass: "두 눈을 뜨고 있습니다",
      warn: "눈이 반쯤 감긴 것 같습니다",
      fail: "눈을 감은 것 같습니다",
    },
    mouthClosed: {
      pass: "입을 다물고 있습니다",
      warn: "입이 살짝 벌어진 것 같습니다. 무표정을 유지하세요",
      fail: "입이 벌어져 있습니다. 입을 다무세요",
      smile: "미소에 치아가 보입니다. 이 서류는 자연스러운 미소는 허용하지만 벌린 입은 허용하지 않습니다",
    },
    background: {
      replaced: "배경을 단색으로 바꿨습니다",
      rejected: "이 기관은 배경을 바꾼 사진을 받지 않습니다. ‘원래 배경 유지’를 선택하세요",
      unmeasured: "배경을 판단할 수 없습니다(보이는 배경이 너무 적음). 직접 확인하세요",
      plain: "배경이 밝은 단색입니다",
      notQuitePlain: "배경이 완전한 단색이거나 밝지 않습니다. 그림자와 무늬가 있는지 확인하세요",
      notPlain: "배경이 단색이 아닙니다. 단색 벽을 쓰거나 배경을 바꾸세요",
    },
    exposure: {
      unmeasured: "얼굴의 밝기를 측정할 수 없습니다",
      even: "얼굴에 빛이 고르게 비칩니다",
      ratherDark: "얼굴이 다소 어둡습니다",
      ratherBright: "얼굴이 다소 밝습니다",
      tooDark: "얼굴이 너무 어둡습니다",
      overexposed: "얼굴이 노출 과다입니다",
    },
    sharpness: {
      pass: "얼굴에 초점이 맞았습니다",
      warn: "얼굴이 약간 흐릿합니다",
      fail: "얼굴이 흐립니다",
    },
    resolution: {
      pass: "이 크기에 충분한 해상도입니다",
      warn: (factor: string) => `얼굴을 ${factor}배 확대했습니다. 더 가까이서 찍거나 더 선명한 사진이 좋습니다`,
      fail: (factor: string) => `얼굴을 ${factor}배 확대했습니다. 사진이 너무 작으니 더 가까이서 찍으세요`,
    },
    coverage: {
      filled: (share: string) => `프레임 일부(${share})가 원본 사진 밖에 있어 배경색으로 채웠습니다`,
      extended: (share: string) => `프레임 일부(${share})가 원본 사진 밖에 있어 가장자리를 늘렸습니다`,
    },
    frameBottom: {
      pass: "사진이 프레임 아래쪽 끝까지 닿습니다",
      fail: (mm: string) =>
        `사진이 어깨가 있어야 할 위치보다 ${mm}mm 위에서 끝납니다. 조금 더 멀리서 찍으세요`,
    },
    frameSides: {
      pass: "어깨 높이에서 사진이 프레임 양옆까지 닿습니다",
      fail: (mm: string) =>
        `어깨 높이에서 사진이 프레임 옆 가장자리보다 ${mm}mm 안쪽에서 끝납니다. 조금 더 멀리서 찍으세요`,
    },
    hair: {
      pass: "머리카락이 프레임 안에 있습니다",
      warn: "머리카락이 사진 위쪽 가장자리에 닿습니다. 머리를 조금 작게 하거나 낮추면 안에 들어옵니다",
    },
    backgroundRemnants: {
      pass: "이전 배경이 남아 있지 않습니다",
      warn: (area: string) =>
        `머리 옆이나 위의 약 ${area}mm²가 인물의 일부로 남아 있습니다. 이전 배경이라면 브러시로 지우세요`,
    },
  },

  // Optional retouching, in the third step.
  retouch: {
    title: "보정 (선택)",
    smooth: "피부 매끄럽게",
    brightness: "밝기",
    contrast: "대비",
    showBefore: "보정 전 보기",
    showAfter: "보정 후 보기",
    beforeAlt: "보정 전 사진",
    rule: "빛, 대비, 피부 결만 바뀝니다. 얼굴의 생김새, 형태, 비율을 바꾼 사진은 당국이 받지 않습니다.",
  },

  // The cut-out brush under the preview.
  brush: {
    title: "누끼 수정",
    on: "브러시로 칠하기",
    mode: "브러시",
    add: "인물에 추가",
    remove: "인물에서 제거",
    size: "브러시 크기",
    undo: "실행 취소",
    clear: "모든 획 지우기",
    hint: "사진 위로 드래그하세요. ‘인물에 추가’는 누끼에서 빠진 부분(머리카락, 귀)을 되살리고, ‘인물에서 제거’는 이전 배경 조각을 없앱니다. Ctrl+Z로 마지막 획을 취소합니다.",
    count: (n: number) => plural("ko", n, { other: "브러시 획 #개. 사진을 다시 만들었습니다" }),
    areaLabel: "사진: 드래그해서 누끼를 칠하기",
  },

  stepSave: "4. 저장",
  printSheet: "인화용 시트",
  noSheet: "인화용 시트 없음",
  digitalUnder: "디지털 파일 상한(KB)",
  digitalNone: "없음",
  digitalOn: (size: string) => `${size} 이하의 JPEG도 저장합니다.`,
  digitalOff: "크기 제한 파일을 만들지 않습니다. 만들려면 상한을 입력하세요.",
  digitalSpec: (size: string) => `이 서류의 온라인 신청은 최대 ${size}의 파일을 받습니다.`,
  saveButton: (n: number) => (n > 1 ? plural("ko", n, { other: "사진 #장을 보관함에 저장" }) : "사진을 보관함에 저장"),
  saving: (done: number, total: number) => `저장 중… ${formatNumber("ko", total)}장 중 ${formatNumber("ko", done)}번째`,
  saveHint:
    "사진(DPI 정보 포함), 300dpi 인화용 시트, 크기 제한 파일이 암호화되어 갤러리에 저장되고 30일 동안 보관됩니다. 검사에 불합격한 사진도 저장할 수 있으며, 파일 이름에 표시됩니다.",
  saved: (made: number, total: number) =>
    `증명사진 ${formatNumber("ko", total)}장 중 ${formatNumber("ko", made)}장을 갤러리에 저장했습니다. 처리가 끝난 원본 사진은 삭제되었습니다.`,
  savedWithSheets: (made: number, total: number) =>
    `증명사진 ${formatNumber("ko", total)}장 중 ${formatNumber("ko", made)}장을 인화용 시트와 함께 갤러리에 저장했습니다. 처리가 끝난 원본 사진은 삭제되었습니다.`,
} satisfies typeof en;
