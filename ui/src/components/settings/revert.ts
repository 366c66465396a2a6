// A control shows what is in force: when the core refuses a change (a value out of range), the
// field goes back to the saved value instead of showing one that was never saved.
export async function revertIfRefused(
  control: HTMLInputElement | HTMLSelectElement,
  saved: Promise<boolean>,
  previous: string | number | boolean,
): Promise<void> {
  if (await saved) return;
  if (typeof previous === "boolean") (control as HTMLInputElement).checked = previous;
  else control.value = String(previous);
}
