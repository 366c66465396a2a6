// Filled from the settings strings.
export default {};
