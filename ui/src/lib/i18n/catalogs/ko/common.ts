import type en from "../en/common";
import { plural } from "../../plural";

export default {
  appName: "Seed Studio",
  cancel: "취소",
  close: "닫기",
  save: "저장",
  delete: "삭제",
  retry: "다시 시도",
  open: "열기",
  back: "뒤로",
  loading: "불러오는 중…",
  images: (n: number) => plural("ko", n, { other: "이미지 #개" }),
} satisfies typeof en;
