// Filled from the create strings.
export default {};
