import { tagCharsOf } from "../formats/inline-tag-chars";

/** The first inline tag of the source (in source order) that the translation does not have yet, or null. */
export function nextMissingTag(source: string, target: string): string | null {
  const present = new Set(tagCharsOf(target));
  return tagCharsOf(source).find((char) => !present.has(char)) ?? null;
}
