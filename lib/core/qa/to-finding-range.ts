import { toCodePointOffset } from "../text/code-points";
import type { Span } from "./number-mention";

/** A UTF-16 span of a text as the code point range a finding carries. */
export function toFindingRange(text: string, span: Span): { start: number; end: number } {
  return { start: toCodePointOffset(text, span.start), end: toCodePointOffset(text, span.end) };
}
