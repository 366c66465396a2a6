// Prompt hygiene as the user types, for every place a prompt is written (Create, the video tab,
// the region editor): the backend checks the prompt a moment after typing stops.
import { ipc, type PromptWarning } from "../ipc";

/** How long typing must pause before the prompt is checked. */
const PAUSE_MS = 300;

/** What looks like personal data in `prompt()`, kept current. Call while a component is set up. */
export function promptWarnings(prompt: () => string): { readonly list: PromptWarning[] } {
  let list: PromptWarning[] = $state([]);
  $effect(() => {
    const text = prompt();
    const timer = setTimeout(async () => {
      list = text.trim() ? await ipc.promptCheck(text).catch(() => []) : [];
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  });
  return {
    get list() {
      return list;
    },
  };
}
