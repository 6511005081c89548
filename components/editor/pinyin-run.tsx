import type { ReactElement, ReactNode } from "react";
import type { MappedText } from "@/lib/core/convert/mapped-text";
import { toneOf } from "@/lib/core/pinyin/tone-of";
import { PINYIN_CHAR, PINYIN_COLUMN, PINYIN_KEEP, PINYIN_SYLLABLE } from "./pinyin-column";
import { withTagTokens, type TagLabel } from "./tag-tokens";

// Punctuation that may not start a line (closing) or end one (opening). A column is an inline block, and
// browsers may break before or after one whatever follows: such punctuation is kept with its column.
const CLOSING = /^[\p{Pe}\p{Pf}\p{Po}]+/u;
const OPENING = /[\p{Ps}\p{Pi}]+$/u;

type Piece = { kind: "column"; v: number; reading: string } | { kind: "text"; start: number; text: string };

/** Han characters as columns, each with its syllable centred above it; other characters as plain text on the same baseline. */
export function pinyinRun(mapped: MappedText, pinyin: (string | null)[], start: number, end: number, label: TagLabel): ReactNode[] {
  const pieces: Piece[] = [];
  for (let v = start; v < end; v++) {
    const reading = pinyin[v];
    const last = pieces[pieces.length - 1];
    if (reading) pieces.push({ kind: "column", v, reading });
    else if (last?.kind === "text") last.text += mapped.chars[v];
    else pieces.push({ kind: "text", start: v, text: mapped.chars[v] });
  }
  const text = (start: number, value: string) => (
    <span key={`t${start}`} data-v={start}>
      {withTagTokens(value, start, label)}
    </span>
  );
  // A column with the punctuation kept with it: [opening] column [closing], unbreakable.
  const out: ReactNode[] = [];
  let kept: ReactNode[] = [];
  let hasColumn = false;
  const flush = () => {
    if (kept.length > 1) out.push(<span key={`k${String((kept[0] as ReactElement).key)}`} className={PINYIN_KEEP}>{kept}</span>);
    else out.push(...kept);
    kept = [];
    hasColumn = false;
  };
  pieces.forEach((piece, i) => {
    if (piece.kind === "column") {
      if (hasColumn) flush();
      kept.push(column(piece.v, piece.reading, mapped.chars[piece.v]));
      hasColumn = true;
      return;
    }
    let rest = piece.text;
    let at = piece.start;
    const closing = hasColumn ? (CLOSING.exec(rest)?.[0] ?? "") : "";
    if (closing) kept.push(text(at, closing));
    flush();
    rest = rest.slice(closing.length);
    at += [...closing].length;
    const opening = pieces[i + 1]?.kind === "column" ? (OPENING.exec(rest)?.[0] ?? "") : "";
    const middle = rest.slice(0, rest.length - opening.length);
    if (middle) out.push(text(at, middle));
    if (opening) kept.push(text(at + [...middle].length, opening));
  });
  flush();
  return out;
}

function column(v: number, reading: string, char: string): ReactNode {
  return (
    <span key={v} data-v={v} className={PINYIN_COLUMN}>
      <span className={`${PINYIN_SYLLABLE} tone-${toneOf(reading)}`} aria-hidden="true">
        {reading}
      </span>
      <span className={PINYIN_CHAR}>{char}</span>
    </span>
  );
}
