import type { ReactNode } from "react";
import type { DiffPart } from "@/lib/core/memory/memory-types";
import { sliceCodePoints } from "@/lib/core/text/code-points";

// Memory texts are drawn as text nodes only (React escapes them), never as HTML.

/** A diff from the paragraph to a memory source: struck through only in the paragraph, underlined only in memory. */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "deleted" ? (
          <del key={i} className="diff-deleted">
            {part.text}
          </del>
        ) : (
          <ins key={i} className="diff-inserted">
            {part.text}
          </ins>
        ),
      )}
    </>
  );
}

/** The text with the given code-point ranges (half-open) marked. */
export function MarkedRanges({ text, ranges }: { text: string; ranges: readonly { start: number; end: number }[] }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    pieces.push(sliceCodePoints(text, at, start), <mark key={start}>{sliceCodePoints(text, start, end)}</mark>);
    at = end;
  }
  pieces.push(sliceCodePoints(text, at));
  return <>{pieces}</>;
}
