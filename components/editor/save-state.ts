/** Where one paragraph's text stands with respect to the server. */
export type SaveState = "saved" | "unsaved" | "saving" | "offline" | "signedOut" | "conflict" | "failed";

// The most urgent state wins when several paragraphs are summarised in one indicator.
const URGENCY: SaveState[] = ["failed", "conflict", "signedOut", "offline", "saving", "unsaved", "saved"];

/** The state the whole document shows: the most urgent of its paragraphs'. */
export function summariseSaveStates(states: Iterable<SaveState>): SaveState {
  let best = URGENCY.length - 1;
  for (const state of states) best = Math.min(best, URGENCY.indexOf(state));
  return URGENCY[best];
}
