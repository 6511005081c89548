// The translation memory's vocabulary, shared by lib/core/memory, lib/server/memory and the editor.

/** Where a memory unit came from: a paragraph of a document, or one translation unit of an imported TMX. */
export type MemoryOrigin =
  | { kind: "document"; documentId: number; documentTitle: string; segmentId: number; position: number }
  | { kind: "tmx"; memoryId: number; memoryName: string };

/** One sentence pair or paragraph pair. `group` ties units to what they came from (one segment, one TMX memory). */
export type MemoryUnit = {
  id: string;
  group: string;
  level: "paragraph" | "sentence";
  source: string;
  target: string;
  origin: MemoryOrigin;
};

/** A run of characters in a diff between the query and a memory source. */
export type DiffPart = { kind: "same" | "inserted" | "deleted"; text: string };

/** A memory unit found for a query, best first. Offsets are code points, half-open. */
export type MemoryMatch = {
  unit: MemoryUnit;
  /** 0–100; 100 only when identical after normalising script, width and whitespace. */
  score: number;
  /** The part of the query that matched: the whole paragraph, or one of its sentences. */
  queryRange: { start: number; end: number };
  /** From the query's text (deleted: only in the query) to the unit's source (inserted: only in memory). */
  diff: DiffPart[];
};

/** A concordance hit: the unit and where the searched text occurs in its source or target. */
export type ConcordanceHit = {
  unit: MemoryUnit;
  sourceRanges: { start: number; end: number }[];
  targetRanges: { start: number; end: number }[];
};
