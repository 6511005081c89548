import { alignSentences } from "./align-sentences";
import type { MemoryOrigin, MemoryUnit } from "./memory-types";

/**
 * A translated paragraph as memory units: the paragraph itself (`${group}:p`) and, when it has more than
 * one sentence and its Chinese and English sentence counts agree, each aligned pair (`${group}:s${i}`,
 * i from 0). Nothing when the source or the translation is blank: an untranslated paragraph is no memory.
 */
export function memoryUnitsOf(input: { group: string; source: string; target: string; origin: MemoryOrigin }): MemoryUnit[] {
  const { group, source, target, origin } = input;
  const pairs = alignSentences(source, target);
  if (pairs.length === 0) return [];
  const paragraph: MemoryUnit = { id: `${group}:p`, group, level: "paragraph", source, target, origin };
  if (pairs.length === 1) return [paragraph];
  return [
    paragraph,
    ...pairs.map((pair, i): MemoryUnit => ({
      id: `${group}:s${i}`,
      group,
      level: "sentence",
      source: pair.source.text,
      target: pair.target.text,
      origin,
    })),
  ];
}
