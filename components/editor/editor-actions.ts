import type { ActionResult } from "@/lib/core/action-result";
import type { ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import type { DictionaryMatch } from "@/lib/core/dictionary/dictionary-index";
import type { PreTranslation } from "@/lib/core/memory/memory-summary";
import type { AnnotationInput, AnnotationMark, SaveTargetResult, Segment, Term, TermInput } from "@/lib/core/model";
import type { FindRevisionsAction } from "./history-dialog";
import type { KeepRefusedAction, SaveAction } from "./segment-saver";
import type { FindMatchesAction } from "./use-memory-matches";
import type { SetQaIgnoredAction } from "./use-qa";

/** The server actions the editor calls, passed in by the page. */
export type EditorActions = {
  save: SaveAction;
  keepRefused: KeepRefusedAction;
  findRevisions: FindRevisionsAction;
  restore: (input: { segmentId: number; revisionId: number; baseVersion: number; clientEditId: string }) => Promise<ActionResult<SaveTargetResult>>;
  split: (input: { segmentId: number; baseVersion: number; at: number; targetAt: number | null }) => Promise<ActionResult<{ first: Segment; second: Segment }>>;
  join: (input: { segmentId: number; baseVersion: number; nextBaseVersion: number }) => Promise<ActionResult<{ segment: Segment; removedId: number }>>;
  createAnnotation: (input: { segmentId: number; start: number; end: number } & AnnotationInput) => Promise<ActionResult<AnnotationMark[]>>;
  updateAnnotation: (input: { id: number } & AnnotationInput) => Promise<ActionResult<AnnotationMark[]>>;
  deleteAnnotation: (input: { id: number }) => Promise<ActionResult<AnnotationMark[]>>;
  describeText: (input: { text: string }) => Promise<ActionResult<{ pinyin: string; match: DictionaryMatch | null }>>;
  lookupWord: (input: { text: string }) => Promise<ActionResult<DictionaryMatch | null>>;
  addTerm: (input: TermInput & { documentId: number }) => Promise<ActionResult<Term[]>>;
  createConversionOverride: (input: Omit<ConversionOverride, "id">) => Promise<ActionResult<ConversionOverride[]>>;
  deleteConversionOverride: (input: { id: number; documentId: number }) => Promise<ActionResult<ConversionOverride[]>>;
  describeConversionOptions: (input: { options: { text: string; source: string }[] }) => Promise<ActionResult<string[]>>;
  setQaIgnored: SetQaIgnoredAction;
  findMatches: FindMatchesAction;
  preTranslate: (input: { documentId: number }) => Promise<ActionResult<PreTranslation>>;
};
