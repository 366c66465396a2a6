// Filled from the gallery strings.
export default {};
