import type { SegmentStatus } from "../model";
import { codePointLength } from "../text/code-points";
import type { SegmentParts } from "./split-segment";
import { lowerStatus } from "./status-ladder";

export type JoinPlan = SegmentParts & {
  /** Added to the second paragraph's annotation offsets: they now sit after the first's source. */
  offset: number;
};

// Chinese runs on without spaces; two Latin words or numbers meeting at the seam need one.
const LATIN_EDGE = /[\p{Script=Latin}\p{Nd}]/u;

function sourceSeparator(first: string, second: string): string {
  const last = [...first].pop() ?? "";
  const next = [...second][0] ?? "";
  return LATIN_EDGE.test(last) && LATIN_EDGE.test(next) ? " " : "";
}

function joinedStatus(first: SegmentParts, second: SegmentParts, target: string): SegmentStatus {
  if (target === "") return "untranslated";
  const lower = lowerStatus(first.status, second.status);
  return lower === "untranslated" ? "draft" : lower;
}

/** Joins a paragraph with the next: sources run on, translations are joined with a space, the lower status wins. */
export function planJoin(first: SegmentParts, second: SegmentParts): JoinPlan {
  const separator = sourceSeparator(first.source, second.source);
  const target = [first.target.trim(), second.target.trim()].filter(Boolean).join(" ");
  return {
    source: first.source + separator + second.source,
    target,
    status: joinedStatus(first, second, target),
    offset: codePointLength(first.source) + separator.length,
  };
}
