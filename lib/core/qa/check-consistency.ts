import { normalizeText } from "./normalize-text";
import type { QaFinding, QaSegment } from "./qa-types";

// Consistency across a document (segments in document order; paragraph n is segments[n - 1]). Codes:
//   consistency.sourceVariants {paragraphs, count}: the same source translated differently there
//   consistency.targetReused   {paragraphs, count}: the same translation given to a different source
// "The same" ignores width (NFKC) and whitespace; translations also ignore case. A translation of
// fewer than TARGET_MIN_WORDS words ("Download attachment") may well serve different sources.

export const TARGET_MIN_WORDS = 3;
/** At most this many paragraph numbers are listed; `count` has them all. */
const LISTED = 5;
const MIN_WORDS = new RegExp(`^(?:\\S+ ){${TARGET_MIN_WORDS - 1}}\\S`);

type Entry = { id: number; n: number; source: string; target: string };

function groupBy(entries: Entry[], keyOf: (entry: Entry) => string): Entry[][] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

function report(findings: Map<number, QaFinding[]>, groups: Entry[][], differs: (a: Entry, b: Entry) => boolean, code: string): void {
  for (const group of groups) {
    for (const entry of group) {
      const others = group.filter((other) => other !== entry && differs(entry, other)).map((other) => other.n);
      if (others.length === 0) continue;
      const listed = others.slice(0, LISTED).join(", ") + (others.length > LISTED ? ", …" : "");
      const finding: QaFinding = { check: "consistency", code, params: { paragraphs: listed, count: others.length }, key: code };
      findings.set(entry.id, [...(findings.get(entry.id) ?? []), finding]);
    }
  }
}

/** Consistency warnings of a document, by segment id (only segments with a warning). */
export function checkConsistency(segments: readonly QaSegment[]): Map<number, QaFinding[]> {
  const entries: Entry[] = [];
  segments.forEach(({ id, source, target }, index) => {
    if (target.trim() === "" || source.trim() === "") return;
    entries.push({ id, n: index + 1, source: normalizeText(source), target: normalizeText(target).toLowerCase() });
  });
  const findings = new Map<number, QaFinding[]>();
  report(findings, groupBy(entries, (e) => e.source), (a, b) => a.target !== b.target, "consistency.sourceVariants");
  const wordy = entries.filter((e) => MIN_WORDS.test(e.target));
  report(findings, groupBy(wordy, (e) => e.target), (a, b) => a.source !== b.source, "consistency.targetReused");
  return findings;
}
