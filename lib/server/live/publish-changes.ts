import "server-only";
import type { LiveChange } from "@/lib/core/live/live-event";
import { currentActor } from "./actor";
import { publish } from "./live-bus";

/** After a committed write: the paragraphs' new versions, for every open editor of the document. */
export function publishSegments(documentId: number, kind: string, segments: readonly LiveChange[]): void {
  if (segments.length === 0) return;
  publish({ type: "segments", documentId, kind, by: currentActor(), segments: segments.map(({ id, version }) => ({ id, version })) });
}

/** After a split, a join, a re-cleaning or an import: open editors must load the document again. */
export function publishReload(documentId: number): void {
  publish({ type: "reload", documentId, by: currentActor() });
}

/** After a comment on the paragraph was written (added, answered, changed, deleted, resolved, reopened). */
export function publishComments(documentId: number, segmentId: number): void {
  publish({ type: "comments", documentId, segmentId, by: currentActor() });
}

/** For a write's `.then`: publishes the batch's applied paragraphs and passes the result on. */
export function thenPublishApplied<T extends { applied: readonly LiveChange[] }>(documentId: number, kind: string): (result: T) => T {
  return (result) => {
    publishSegments(documentId, kind, result.applied);
    return result;
  };
}

/** For a write's `.then`: publishes that the document must be loaded again and passes the result on. */
export function thenPublishReload<T>(documentId: number): (result: T) => T {
  return (result) => {
    publishReload(documentId);
    return result;
  };
}
