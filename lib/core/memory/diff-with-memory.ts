import { diffArrays } from "diff";
import type { MappedText } from "../convert/mapped-text";
import type { DiffPart } from "./memory-types";

/** A text and its memory key (normalizeForMemory of that same text). */
export type KeyedText = { text: string; key: MappedText };

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string): void {
  if (text === "") return;
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * The differences from a query to a memory source, found on their memory keys so that script, width,
 * case and spacing never show as changes. Same and deleted parts are the query's own characters (they
 * join to the query exactly); inserted parts are the memory source's.
 */
export function diffWithMemory(query: KeyedText, source: KeyedText): DiffPart[] {
  const queryChars = [...query.text];
  const sourceChars = [...source.text];
  const parts: DiffPart[] = [];
  let queryAt = 0; // index in query.key.chars
  let sourceAt = 0; // index in source.key.chars
  let queryCursor = 0; // code point offset in query.text
  let sourceCursor = 0; // code point offset in source.text
  for (const change of diffArrays(query.key.chars, source.key.chars)) {
    const count = change.value.length;
    if (change.added) {
      const start = Math.max(sourceCursor, source.key.from[sourceAt]);
      sourceCursor = Math.max(start, source.key.to[sourceAt + count - 1]);
      push(parts, "inserted", sourceChars.slice(start, sourceCursor).join(""));
      sourceAt += count;
      continue;
    }
    // A query-side part runs to where the next query character starts, so dropped spaces stay in place.
    queryAt += count;
    const end = queryAt < query.key.chars.length ? query.key.from[queryAt] : queryChars.length;
    push(parts, change.removed ? "deleted" : "same", queryChars.slice(queryCursor, Math.max(queryCursor, end)).join(""));
    queryCursor = Math.max(queryCursor, end);
    if (!change.removed) {
      sourceAt += count;
      sourceCursor = Math.max(sourceCursor, source.key.to[sourceAt - 1]);
    }
  }
  return parts;
}
