import { applyEdits, mapRaw } from "./apply-edits";
import type { RuleFinder } from "./types";

/** The text after one rule's edits (tests only). */
export function afterRule(finder: RuleFinder, text: string): string {
  return applyEdits(mapRaw(text), finder(text)).text;
}
