// Filled from the privacy strings.
export default {};
