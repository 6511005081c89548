import type { DocumentWithSegments, SegmentKind, SegmentStatus } from "../model";

export type DocumentJson = {
  id: number;
  title: string;
  sourceUrl: string;
  note: string;
  segments: { index: number; kind: SegmentKind; source: string; target: string; status: SegmentStatus }[];
};

/** The document as plain JSON: segments in order, index counted from 1. */
export function toJson(document: DocumentWithSegments): DocumentJson {
  return {
    id: document.id,
    title: document.title,
    sourceUrl: document.sourceUrl,
    note: document.note,
    segments: document.segments.map((segment, i) => ({
      index: i + 1,
      kind: segment.kind,
      source: segment.source,
      target: segment.target,
      status: segment.status,
    })),
  };
}
