import { DomainError } from "../errors";
import { SEGMENT_STATUSES, isOneOf, type Segment, type SegmentStatus } from "../model";
import type { TargetChange } from "./plan-import";
import type { ParsedReview } from "./review-file";

/** A paragraph's text and status at some version. */
export type TextAt = { target: string; status: SegmentStatus };

/** A comment to store as a paragraph note: a new note (annotationId null), or the one note it adds to. */
export type NoteChange = { segmentId: number; n: number; annotationId: number | null; note: string };

export type ReviewPlan = { changes: TargetChange[]; conflicts: TargetChange[]; unchanged: number; notes: NoteChange[] };

export type ReviewState = {
  documentId: number;
  fingerprint: string;
  /** The document's paragraphs in order. */
  segments: Segment[];
  /** Each paragraph's text at the version the file names, when that is not its current version (from its revisions). */
  exported: Map<number, TextAt>;
  /** Each paragraph's notes on the whole paragraph (id and text). */
  notes: Map<number, { id: number; note: string }[]>;
};

// Office programs may write line breaks as CR LF.
const lines = (text: string) => text.replace(/\r\n?/g, "\n");
// LibreOffice Calc drops tabs from a cell it saves: a text that differs only by them is not a change.
const sameText = (a: string, b: string) => a === b || a.replace(/\t/g, "") === b.replace(/\t/g, "");

/**
 * What importing a review file changes. Refuses (DomainError, before anything is written) a file of
 * another document, a row with an edited, unknown or repeated ¶ id, or a status that is not one of ours.
 * A row is the reviewer's change when its target or status differs from the paragraph at the file's
 * version: applied when the paragraph has not changed since, else a conflict. An empty target never
 * clears a translation; a translation in an untranslated row is a draft; an empty comment never removes a note.
 */
export function planReviewImport(state: ReviewState, review: ParsedReview): ReviewPlan {
  const { manifest } = review;
  if (manifest.documentId !== state.documentId || manifest.fingerprint !== state.fingerprint) {
    throw new DomainError("REVIEW_OTHER_DOCUMENT", { documentId: manifest.documentId });
  }
  const byId = new Map(state.segments.map((segment, i) => [`s${segment.id}`, { segment, n: i + 1 }]));
  const seen = new Set<string>();
  const plan: ReviewPlan = { changes: [], conflicts: [], unchanged: 0, notes: [] };
  for (const row of review.rows) {
    if (row.id === "" && row.source.trim() === "" && row.target.trim() === "" && row.status === "" && row.comment.trim() === "") continue;
    if (seen.has(row.id)) throw new DomainError("REVIEW_DUPLICATE_ID", { id: row.id });
    seen.add(row.id);
    const match = byId.get(row.id);
    const version = manifest.versions.get(row.id);
    if (!match || version === undefined) throw new DomainError("REVIEW_UNKNOWN_ID", { id: row.id || "—" });
    const status = row.status.toLowerCase();
    if (status !== "" && !isOneOf(SEGMENT_STATUSES, status)) throw new DomainError("REVIEW_INVALID_STATUS", { id: row.id, status: row.status });
    const { segment, n } = match;
    const exported = version === segment.version ? segment : state.exported.get(segment.id);
    const target = lines(row.target) === "" ? (exported ?? segment).target : lines(row.target);
    const given = status === "" ? (exported ?? segment).status : (status as SegmentStatus);
    // A translation typed into an untranslated row is a draft, as in the editor.
    const wanted = { target, status: target !== "" && given === "untranslated" ? "draft" : given } satisfies TextAt;
    const isSame = (text: TextAt | undefined) => text !== undefined && sameText(text.target, wanted.target) && text.status === wanted.status;
    if (isSame(exported) || isSame(segment)) plan.unchanged++;
    else (version === segment.version ? plan.changes : plan.conflicts).push({ segmentId: segment.id, n, baseVersion: segment.version, ...wanted });
    const note = planNote(state.notes.get(segment.id) ?? [], lines(row.comment).trim());
    if (note) plan.notes.push({ segmentId: segment.id, n, ...note });
  }
  return plan;
}

// A comment that only adds to the paragraph's one note updates it; any other is a new note, so that no
// note's text is lost (a file may have been exported without its notes), and a file imported twice adds nothing.
function planNote(notes: { id: number; note: string }[], comment: string): Omit<NoteChange, "segmentId" | "n"> | null {
  if (comment === "" || comment === notes.map((note) => note.note).join("\n").trim() || notes.some((note) => note.note.trim() === comment)) return null;
  return { annotationId: notes.length === 1 && comment.startsWith(notes[0].note.trim()) ? notes[0].id : null, note: comment };
}
