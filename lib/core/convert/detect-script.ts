import type { SourceScript } from "../model";
import { getConverter } from "./converters";

/** Tells whether a text is written mainly in Traditional or Simplified characters (Simplified on a tie). */
export function detectScript(text: string): SourceScript {
  const toSimplified = getConverter("toSimplified");
  const toTraditional = getConverter("toTraditional");
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let traditional = 0;
  let simplified = 0;
  for (const [char, count] of counts) {
    if (toSimplified(char) !== char) traditional += count;
    if (toTraditional(char) !== char) simplified += count;
  }
  return traditional > simplified ? "hant" : "hans";
}
