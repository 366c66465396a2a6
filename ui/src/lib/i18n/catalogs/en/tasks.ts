// Filled from the tasks strings.
export default {};
