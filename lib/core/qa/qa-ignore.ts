import type { QaFinding } from "./qa-types";

/** A warning the translator ignored on one paragraph, remembered by the finding's stable key. */
export type QaIgnoreMark = { segmentId: number; key: string };

/** The findings of one paragraph (n: its number from 1); ignored ones are flagged, not dropped. */
export type ParagraphQa = { segmentId: number; n: number; findings: (QaFinding & { isIgnored: boolean })[] };

/** One string per (paragraph, finding) pair, for sets of ignored warnings. */
export const ignoreId = (segmentId: number, key: string): string => `${segmentId}\t${key}`;
