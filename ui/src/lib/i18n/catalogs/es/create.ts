import type en from "../en/create";
export default {} satisfies typeof en;
