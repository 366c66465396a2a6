// Filled from the app strings.
export default {};
