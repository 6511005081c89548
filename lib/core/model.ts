// The domain vocabulary shared by the app, the CLI and the tests.

export const SEGMENT_KINDS = ["heading", "body", "caption", "byline"] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export const SEGMENT_STATUSES = ["untranslated", "draft", "translated", "reviewed"] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/** Script of a text as written: Simplified or Traditional characters. */
export const SOURCE_SCRIPTS = ["hans", "hant"] as const;
export type SourceScript = (typeof SOURCE_SCRIPTS)[number];

/**
 * How the source is shown: as written, or converted to Simplified, Traditional, Taiwan or Hong Kong characters
 * (OpenCC s2tw, s2hk: the same words), or to Taiwan vocabulary (s2twp: words replaced, 软件 → 軟體, 社区 → 社群).
 */
export const SCRIPT_VIEWS = ["original", "hans", "hant", "tw", "hk", "twp"] as const;
export type ScriptView = (typeof SCRIPT_VIEWS)[number];

export const ANNOTATION_CATEGORIES = ["person", "place", "organization", "term", "other"] as const;
export type AnnotationCategory = (typeof ANNOTATION_CATEGORIES)[number];

export const TERM_USAGES = ["preferred", "forbidden"] as const;
export type TermUsage = (typeof TERM_USAGES)[number];

export type NewSegment = { kind: SegmentKind; source: string };

export type Segment = NewSegment & {
  id: number;
  position: number;
  target: string;
  status: SegmentStatus;
  version: number;
  /** "mt:PROVIDER:MODEL" while the target is a machine draft nobody edited or confirmed; "" (or absent) otherwise. */
  origin?: string;
  /** A reviewed paragraph locked against edits: every save is refused until it is unlocked. */
  locked?: boolean;
};

export type DocumentMeta = {
  id: number;
  title: string;
  encoding: string;
  script: SourceScript;
  sourceLang: string;
  targetLang: string;
  sourceUrl: string;
  note: string;
  createdAt: Date;
  updatedAt: Date;
};

export type DocumentWithSegments = DocumentMeta & { segments: Segment[] };

export type Progress = { total: number; translated: number; percent: number };

export type DocumentSummary = Pick<DocumentMeta, "id" | "title" | "updatedAt"> & { progress: Progress; projectId: number };

/** A request to save a segment's target, based on the version the client last saw. */
export type SaveTargetRequest = {
  segmentId: number;
  baseVersion: number;
  target: string;
  status: SegmentStatus;
  /** Identifies this edit: a retried save with the same id is answered with the first result. */
  clientEditId: string;
};

/** A text a conflict's resolution set aside: kept as a "refused" revision of the segment, which it does not change. */
export type KeepRefusedRequest = Omit<SaveTargetRequest, "baseVersion">;

/** An annotation as the editor draws it: offsets into its segment's source, code points, half-open. */
export type AnnotationMark = {
  id: number;
  segmentId: number;
  start: number;
  end: number;
  category: AnnotationCategory;
  hasNote: boolean;
  /** The text annotated, as it was when annotated (used to re-anchor). */
  quote: string;
  gloss: string;
  note: string;
  pinyin: string;
  /** The quote is no longer at [start, end) of its segment (a re-run of cleanup changed the text): not drawn, listed. */
  isDetached: boolean;
};

/** What the translator enters for an annotation. */
export type AnnotationInput = { gloss: string; note: string; pinyin: string; category: AnnotationCategory };

/** A glossary entry; global when documentId is null. */
/** A term is in the glossary once approved; a translator's new term is a proposal until a reviewer approves it (or rejects: deletes it). */
export const TERM_STATUSES = ["approved", "proposed"] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/**
 * `projectId`: the project whose glossary holds it (null: the shared glossary, or a document's own term);
 * `proposedBy`: who added it (an author as revisions record it; "" before proposals existed).
 */
export type Term = { id: number; documentId: number | null; projectId: number | null; source: string; target: string; note: string; usage: TermUsage; status: TermStatus; proposedBy: string };

export type TermInput = Pick<Term, "source" | "target" | "note" | "usage">;

export type SaveTargetResult = { kind: "saved"; segment: Segment } | { kind: "conflict"; current: Segment };

/** What a batch does: one change over many paragraphs, applied and undone as a whole (lib/core/batch). */
export const BATCH_KINDS = ["replace", "status", "repetitions", "pretranslate", "lock", "unlock"] as const;
export type BatchKind = (typeof BATCH_KINDS)[number];

/**
 * Why a Revision was written; "refused" is a save the version check (or a lock) turned down (the segment
 * kept its text). A batch's kind names the revisions it wrote, "undo" those of undoing one.
 */
export const REVISION_KINDS = ["edit", "restore", "split", "join", "refused", ...BATCH_KINDS, "undo"] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export type Revision = {
  id: number;
  segmentId: number;
  kind: RevisionKind;
  target: string;
  status: SegmentStatus;
  version: number;
  author: string;
  /** The author's name when the author is a user (team mode); "" otherwise. */
  authorName?: string;
  createdAt: Date;
  /** "mt:PROVIDER:MODEL" for a machine translation; "" (or absent) for a person's text. */
  origin?: string;
};

/** Narrows a stored string to a member of one of the unions above. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
