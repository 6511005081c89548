import type { Edit } from "./types";

/** A text with, for each of its UTF-16 positions (and its end), the position in the raw text it came from. */
export type MappedText = { text: string; toRaw: Int32Array };

const LONG_RUN = 256;

/** The identity mapping of a raw text onto itself. */
export function mapRaw(raw: string): MappedText {
  const toRaw = new Int32Array(raw.length + 1);
  for (let i = 0; i <= raw.length; i++) toRaw[i] = i;
  return { text: raw, toRaw };
}

/**
 * Applies sorted, non-overlapping edits, carrying the mapping to raw positions along. The new mapping
 * is written into `spare` when it is large enough (the pipeline alternates two buffers instead of
 * allocating one per rule).
 */
export function applyEdits({ text, toRaw }: MappedText, edits: Edit[], spare?: Int32Array): MappedText {
  if (edits.length === 0) return { text, toRaw };
  const parts: string[] = [];
  let length = 0;
  for (const e of edits) length += e.replacement.length - (e.end - e.start);
  const size = text.length + length + 1;
  const next = spare && spare.length >= size ? spare.subarray(0, size) : new Int32Array(size);
  let at = 0;
  let out = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.replacement);
    // Short runs are copied by hand: a subarray() per edit costs more than they do; long ones as a block.
    if (e.start - at > LONG_RUN) {
      next.set(toRaw.subarray(at, e.start), out);
      out += e.start - at;
    } else for (let k = at; k < e.start; k++) next[out++] = toRaw[k];
    // Inserted characters stand where the replaced text began.
    const origin = toRaw[e.start];
    for (let k = 0; k < e.replacement.length; k++) next[out++] = origin;
    at = e.end;
  }
  parts.push(text.slice(at));
  next.set(toRaw.subarray(at, text.length + 1), out);
  return { text: parts.join(""), toRaw: next };
}
