import type { QaFindingCode } from "./finding-codes";

// The QA vocabulary, shared by lib/core/qa, lib/server, the editor's QA panel and `duizhao check`.

export const QA_CHECKS = ["numbers", "dates", "untranslated", "length", "consistency", "punctuation", "tags", "glossary", "mojibake"] as const;
export type QaCheck = (typeof QA_CHECKS)[number];

/**
 * One warning on one paragraph. `code` names the message (UI: t(`QaFindings.${code}`, params); CLI:
 * the English of messages/en.json). `key` is stable across re-runs for the same problem, so that
 * "ignore this warning" can be remembered per paragraph. Ranges are code points, half-open.
 */
export type QaFinding = {
  check: QaCheck;
  code: QaFindingCode;
  params: Record<string, string | number>;
  key: string;
  sourceRange?: { start: number; end: number };
  targetRange?: { start: number; end: number };
};

/** What a check needs of a paragraph. */
export type QaSegment = { id: number; source: string; target: string; status: string };
