import { normalizeText, textFingerprint } from "./normalize-text";
import type { QaFinding, QaSegment } from "./qa-types";

// Consistency across a document (segments in document order; paragraph n is segments[n - 1]). Codes:
//   consistency.sourceVariants {paragraphs, count}: the same source translated differently there
//   consistency.targetReused   {paragraphs, count}: the same translation given to a different source
// "The same" ignores width (NFKC) and whitespace; translations also ignore case. A translation of
// fewer than TARGET_MIN_WORDS words ("Download attachment") may well serve different sources.

export const TARGET_MIN_WORDS = 3;
/** At most this many paragraph numbers are listed; `count` has them all. */
const LISTED = 5;
const MIN_WORDS = new RegExp(`^\\s*(?:\\S+\\s+){${TARGET_MIN_WORDS - 1}}\\S`);

type Entry = { id: number; n: number; source: string; target: string; normalSource?: string; normalTarget?: string };

// Normal forms are computed only for texts that share a fingerprint with another: most do not.
const normalSource = (e: Entry): string => (e.normalSource ??= normalizeText(e.source));
const normalTarget = (e: Entry): string => (e.normalTarget ??= normalizeText(e.target).toLowerCase());

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

/** Groups of entries whose text is the same, found by fingerprint first, then by normal form. */
function sameText(entries: Entry[], fingerprint: (e: Entry) => string, normal: (e: Entry) => string): Entry[][] {
  return groupBy(entries, fingerprint).flatMap((bucket) => groupBy(bucket, normal));
}

function report(findings: Map<number, QaFinding[]>, groups: Entry[][], differs: (a: Entry, b: Entry) => boolean, code: "consistency.sourceVariants" | "consistency.targetReused"): void {
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
    if (target.trim() !== "" && source.trim() !== "") entries.push({ id, n: index + 1, source, target });
  });
  const findings = new Map<number, QaFinding[]>();
  const sameSource = sameText(entries, (e) => textFingerprint(e.source, false), normalSource);
  report(findings, sameSource, (a, b) => normalTarget(a) !== normalTarget(b), "consistency.sourceVariants");
  const wordy = entries.filter((e) => MIN_WORDS.test(e.target));
  const sameTarget = sameText(wordy, (e) => textFingerprint(e.target, true), normalTarget);
  report(findings, sameTarget, (a, b) => normalSource(a) !== normalSource(b), "consistency.targetReused");
  return findings;
}
