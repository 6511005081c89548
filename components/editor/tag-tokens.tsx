import type { ReactNode } from "react";
import { hasTags, tagOf } from "@/lib/core/formats/inline-tag-chars";

/** The accessible name of a tag character ("opening tag 2"), from the InlineTags.token message. */
export type TagLabel = (char: string) => string;

/** What a token shows: ‹2 an opening tag, 2› its closing one, 1 a standalone tag. */
export function tagGlyph(char: string): string {
  const tag = tagOf(char);
  if (!tag) return char;
  return tag.kind === "open" ? `‹${tag.n}` : tag.kind === "close" ? `${tag.n}›` : String(tag.n);
}

/**
 * A run of source text with each tag character drawn as a small token. The token keeps the character
 * as its (hidden) text and every piece its own data-v, so selections and carets still count code points.
 */
export function withTagTokens(text: string, start: number, label: TagLabel): ReactNode {
  if (!hasTags(text)) return text;
  const out: ReactNode[] = [];
  let plain = "";
  let plainStart = start;
  let v = start;
  for (const char of text) {
    if (tagOf(char)) {
      if (plain) out.push(<span key={`t${plainStart}`} data-v={plainStart}>{plain}</span>);
      plain = "";
      out.push(
        <span key={v} data-v={v} className="tag-token" role="img" aria-label={label(char)} data-glyph={tagGlyph(char)} title={label(char)}>
          {char}
        </span>,
      );
    } else {
      if (plain === "") plainStart = v;
      plain += char;
    }
    v++;
  }
  if (plain) out.push(<span key={`t${plainStart}`} data-v={plainStart}>{plain}</span>);
  return out;
}
