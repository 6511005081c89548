import type { ActionResult } from "@/lib/core/action-result";
import type { BatchStatus, OriginFilter } from "@/lib/core/batch/batch-origins";
import type { BatchResult, LockResult, SeenParagraph, StatusResult } from "@/lib/core/batch/batch-types";
import type { ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import type { PreTranslation } from "@/lib/core/memory/memory-summary";
import type { AnnotationInput, AnnotationMark, SaveTargetResult, Segment, Term, TermInput } from "@/lib/core/model";
import type { KeepRefusedAction, SaveAction } from "./segment-saver";
import type { ReportPresence } from "./use-live";
import type { SetQaIgnoredAction } from "./use-qa";
import type { ReplaceInDocumentAction } from "./use-replace";

/** The server actions the editor calls, passed in by the page. */
export type EditorActions = {
  save: SaveAction;
  keepRefused: KeepRefusedAction;
  restore: (input: { segmentId: number; revisionId: number; baseVersion: number; clientEditId: string }) => Promise<ActionResult<SaveTargetResult>>;
  split: (input: { segmentId: number; baseVersion: number; at: number; targetAt: number | null }) => Promise<ActionResult<{ first: Segment; second: Segment }>>;
  join: (input: { segmentId: number; baseVersion: number; nextBaseVersion: number }) => Promise<ActionResult<{ segment: Segment; removedId: number }>>;
  createAnnotation: (input: { segmentId: number; start: number; end: number } & AnnotationInput) => Promise<ActionResult<AnnotationMark[]>>;
  updateAnnotation: (input: { id: number } & AnnotationInput) => Promise<ActionResult<AnnotationMark[]>>;
  deleteAnnotation: (input: { id: number }) => Promise<ActionResult<AnnotationMark[]>>;
  addTerm: (input: TermInput & { documentId: number }) => Promise<ActionResult<Term[]>>;
  createConversionOverride: (input: Omit<ConversionOverride, "id">) => Promise<ActionResult<ConversionOverride[]>>;
  deleteConversionOverride: (input: { id: number; documentId: number }) => Promise<ActionResult<ConversionOverride[]>>;
  setQaIgnored: SetQaIgnoredAction;
  preTranslate: (input: { documentId: number; threshold?: number }) => Promise<ActionResult<PreTranslation>>;
  undoBatch: (input: { documentId: number; batchId: number }) => Promise<ActionResult<BatchResult>>;
  replaceInDocument: ReplaceInDocumentAction;
  lockParagraphs: (input: { documentId: number; paragraphs?: SeenParagraph[] }) => Promise<ActionResult<LockResult>>;
  unlockParagraphs: (input: { documentId: number; paragraphs: SeenParagraph[] }) => Promise<ActionResult<BatchResult>>;
  changeStatus: (input: { documentId: number; paragraphs: SeenParagraph[]; status: BatchStatus; from?: OriginFilter }) => Promise<ActionResult<StatusResult>>;
  countRepetitions: (input: { documentId: number; segmentId: number }) => Promise<ActionResult<{ count: number }>>;
  fillRepetitions: (input: { documentId: number; segmentId: number }) => Promise<ActionResult<BatchResult>>;
  reportPresence: ReportPresence;
};
