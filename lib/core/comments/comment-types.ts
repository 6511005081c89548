// What the comment reads answer (dates arrive in the browser as ISO strings).

export type CommentView = { id: number; author: string; authorName: string; body: string; createdAt: Date; editedAt: Date | null };

export type ThreadView = {
  id: number;
  segmentId: number;
  /** The paragraph's number as the editor shows it (1-based). */
  n: number;
  annotationId: number | null;
  /** The annotated text when the thread is about an annotation that still exists. */
  annotationQuote: string;
  resolvedAt: Date | null;
  resolvedByName: string;
  createdAt: Date;
  comments: CommentView[];
};

/** A paragraph's threads: how many are open, how many in all. */
export type CommentCount = { segmentId: number; open: number; total: number };

/** Who changed a reviewed paragraph afterwards, and when (their name; "" when not a user, as in local mode). */
export type ReviewChangeMark = { segmentId: number; author: string; authorName: string; changedAt: Date };

/** GET /api/segments/ID/comments. */
export type SegmentComments = { threads: ThreadView[]; annotations: { id: number; quote: string }[]; people: { id: string; name: string }[] };

/** GET /api/documents/ID/row-marks. */
export type RowMarks = { comments: CommentCount[]; reviewChanges: ReviewChangeMark[] };
