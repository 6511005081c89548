import { extractEnglishNumbers } from "./extract-english-numbers";
import { extractSourceNumbers } from "./extract-source-numbers";
import { formatNumber, type NumberMention, type Span } from "./number-mention";
import type { QaFinding } from "./qa-types";
import { toFindingRange } from "./to-finding-range";

// Every number of the source must appear in the translation with the same value, in any form:
// 1.56萬 = 15,600 = "15.6 thousand"; 第四 = fourth = 4th; 兩三 = "two or three" = 2-3. Codes:
//   numbers.missing  {value, expected, form}: a source number with no equal in the translation
//   numbers.extra    {value}: a number of the translation with no equal in the source
//   numbers.mismatch {value, expected, found, form}: a missing and an extra number paired in reading order
// value is the source as written (2萬), expected its value in digits (20,000); form is "plain" when
// the two read the same (80, 1,170), so that a message need not say "80 (= 80)".
// An approximation on either side (2萬余, "more than 20,000", "nearly") matches within APPROX_TOLERANCE.

/** Relative difference an approximate number may be off by: 近800萬 matches "nearly 7.8 million". */
export const APPROX_TOLERANCE = 0.2;

/** The spans other checks already account for (a date's digits are not numbers as well). */
export type TakenSpans = { source: readonly Span[]; target: readonly Span[] };

function matches(a: NumberMention, b: NumberMention, tolerant: boolean): boolean {
  if (Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value))) return true;
  return tolerant && (a.approx || b.approx) && Math.abs(a.value - b.value) <= APPROX_TOLERANCE * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** Pairs source and target numbers, exact values first, then approximations; returns what is left. */
export function pairNumbers(source: NumberMention[], target: NumberMention[]): { missing: NumberMention[]; extra: NumberMention[] } {
  const sourceUsed = source.map(() => false);
  const targetUsed = target.map(() => false);
  for (const tolerant of [false, true]) {
    source.forEach((s, i) => {
      if (sourceUsed[i]) return;
      const j = target.findIndex((t, k) => !targetUsed[k] && matches(s, t, tolerant));
      if (j < 0) return;
      sourceUsed[i] = true;
      targetUsed[j] = true;
    });
  }
  return { missing: source.filter((m, i) => !sourceUsed[i] && !m.optional), extra: target.filter((m, j) => !targetUsed[j] && !m.optional) };
}

function sourceParams(mention: NumberMention): { value: string; expected: string; form: "plain" | "converted" } {
  const expected = formatNumber(mention.value);
  const isPlain = mention.text.replace(/,/g, "") === expected.replace(/,/g, "");
  return { value: mention.text, expected, form: isPlain ? "plain" : "converted" };
}

/** The numbers check of one paragraph. */
export function checkNumbers(source: string, target: string, taken: TakenSpans = { source: [], target: [] }): QaFinding[] {
  if (target.trim() === "") return [];
  const { missing, extra } = pairNumbers(extractSourceNumbers(source, taken.source), extractEnglishNumbers(target, taken.target));
  const findings: QaFinding[] = [];
  const paired = Math.min(missing.length, extra.length);
  for (let i = 0; i < paired; i++) {
    const [s, t] = [missing[i], extra[i]];
    findings.push({
      check: "numbers",
      code: "numbers.mismatch",
      params: { ...sourceParams(s), found: t.text },
      key: `numbers.mismatch:${s.value}:${t.value}`,
      sourceRange: toFindingRange(source, s),
      targetRange: toFindingRange(target, t),
    });
  }
  for (const s of missing.slice(paired)) {
    findings.push({
      check: "numbers",
      code: "numbers.missing",
      params: sourceParams(s),
      key: `numbers.missing:${s.value}`,
      sourceRange: toFindingRange(source, s),
    });
  }
  for (const t of extra.slice(paired)) {
    findings.push({ check: "numbers", code: "numbers.extra", params: { value: t.text }, key: `numbers.extra:${t.value}`, targetRange: toFindingRange(target, t) });
  }
  return findings;
}
