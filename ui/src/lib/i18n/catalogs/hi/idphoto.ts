import type en from "../en/idphoto";
export default {} satisfies typeof en;
