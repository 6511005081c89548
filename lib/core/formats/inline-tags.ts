import type { TagKind } from "./inline-tag-chars";

// The markup a tag character stands for, kept per paragraph (Segment.inlineTags, JSON) so that an
// export in the format it came from writes the same tags back. Tags of other formats, or characters
// without an entry (a paragraph split after import), are written as the target format's generic tags.

export const INLINE_TAG_FORMATS = ["tmx", "xliff12", "xliff20"] as const;
export type InlineTagFormat = (typeof INLINE_TAG_FORMATS)[number];

/** One tag: its character, the element (local name, attributes, native code as text) and its format. */
export type InlineTag = {
  char: string;
  kind: TagKind;
  format: InlineTagFormat;
  name: string;
  attrs: Record<string, string>;
  text: string;
};

/** Elements that wrap text (<g>, <pc>, <hi>): one character at their start and one at their end. */
export const WRAPPERS: Record<InlineTagFormat, string> = { xliff12: "g", xliff20: "pc", tmx: "hi" };

/** The tags stored for a paragraph as JSON ("" when it has none). */
export function serializeInlineTags(tags: readonly InlineTag[]): string {
  return tags.length === 0 ? "" : JSON.stringify(tags);
}

/** The stored JSON back as tags; anything unreadable counts as none. */
export function parseInlineTags(json: string): InlineTag[] {
  if (json === "") return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as InlineTag[]).filter((tag) => typeof tag?.char === "string" && typeof tag.name === "string") : [];
  } catch {
    return [];
  }
}
