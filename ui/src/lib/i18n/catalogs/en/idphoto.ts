// Filled from the idphoto strings.
export default {};
