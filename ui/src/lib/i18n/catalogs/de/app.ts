import type en from "../en/app";
export default {} satisfies typeof en;
