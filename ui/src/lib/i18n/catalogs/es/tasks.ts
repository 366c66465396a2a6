import type en from "../en/tasks";
export default {} satisfies typeof en;
