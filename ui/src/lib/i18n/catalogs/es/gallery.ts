import type en from "../en/gallery";
export default {} satisfies typeof en;
