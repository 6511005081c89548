import { MAX_INLINE_TAGS, TAG_CHAR, tagChar, tagCharsOf, tagOf } from "./inline-tag-chars";
import type { InlineTag } from "./inline-tags";

type Tagged = { source: string; target: string; tags: InlineTag[] };

const highest = (paragraph: Tagged) =>
  Math.max(0, ...[...tagCharsOf(paragraph.source + paragraph.target), ...paragraph.tags.map((tag) => tag.char)].map((char) => tagOf(char)?.n ?? 0));

/**
 * For joining two paragraphs: the second's tags renumbered after the first's (each paragraph numbers
 * its tags from 1, so the same character would stand for two tags), and both paragraphs' markup.
 */
export function joinInlineTags(first: Tagged, second: Tagged): Tagged {
  const by = highest(first);
  if (by === 0 || highest(second) === 0) return { source: second.source, target: second.target, tags: [...first.tags, ...second.tags] };
  const shift = (char: string) => {
    const tag = tagOf(char);
    return tag && tag.n + by <= MAX_INLINE_TAGS ? tagChar(tag.kind, tag.n + by) : char;
  };
  return {
    source: second.source.replace(TAG_CHAR, shift),
    target: second.target.replace(TAG_CHAR, shift),
    tags: [...first.tags, ...second.tags.map((tag) => ({ ...tag, char: shift(tag.char) }))],
  };
}
