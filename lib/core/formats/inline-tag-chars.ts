// An inline tag of a bilingual file (<g>, <x/>, <bpt>, <pc>, <ph/> …) is one private-use character in
// the stored source and target: the text stays plain and offsets stay code points. The character
// itself says what it is: U+E000+n a standalone tag, U+E400+n an opening and U+E800+n the closing
// tag of pair n (n from 1, numbered per paragraph; a tag and its copy in the translation share it).
// The markup it stands for is kept beside the paragraph (InlineTag, lib/core/formats/inline-tags.ts).

export const TAG_KINDS = ["standalone", "open", "close"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/** Tags per paragraph that get a character; further ones stay text. */
export const MAX_INLINE_TAGS = 1023;

const BASE: Record<TagKind, number> = { standalone: 0xe000, open: 0xe400, close: 0xe800 };

/** A tag character matched in a string (the three ranges, n ≥ 1). */
export const TAG_CHAR = /[\uE001-\uE3FF\uE401-\uE7FF\uE801-\uEBFF]/g;

/** The character of a tag. */
export function tagChar(kind: TagKind, n: number): string {
  return String.fromCharCode(BASE[kind] + n);
}

/** What a character stands for, or null for any other character. */
export function tagOf(char: string): { kind: TagKind; n: number } | null {
  if (char.length !== 1) return null;
  const code = char.charCodeAt(0);
  for (const kind of TAG_KINDS) {
    const n = code - BASE[kind];
    if (n >= 1 && n <= MAX_INLINE_TAGS) return { kind, n };
  }
  return null;
}

/** The tag characters of a text, in order. */
export function tagCharsOf(text: string): string[] {
  return text.match(TAG_CHAR) ?? [];
}

/** True when a text holds at least one tag character. */
export function hasTags(text: string): boolean {
  return tagCharsOf(text).length > 0;
}

/** A tag as plain text shows it: {1} standalone, {2} … {/2} a pair. */
export function tagText(char: string): string {
  const tag = tagOf(char);
  if (!tag) return char;
  return tag.kind === "close" ? `{/${tag.n}}` : `{${tag.n}}`;
}

/** A text with its tags shown as {1}, {2} … {/2} (plain-text exports), or left out. */
export function renderTagsAsText(text: string, mode: "show" | "drop" = "show"): string {
  return text.replace(TAG_CHAR, (char) => (mode === "drop" ? "" : tagText(char)));
}
