import type en from "../en/privacy";
export default {} satisfies typeof en;
