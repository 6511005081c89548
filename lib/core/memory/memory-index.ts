import type { MatchKey } from "../convert/match-key";
import type { ConcordanceHit, MemoryMatch, MemoryUnit } from "./memory-types";

// CONTRACT STUB (issue 7): the in-memory character-bigram index over memory units.
// lib/core/memory implements it; lib/server/memory and the CLI use only this API.

export type LookupOptions = { limit?: number; minScore?: number };
export type SearchOptions = { limit?: number };
export type MemoryIndexStats = { units: number; bigrams: number; approxBytes: number };

export class MemoryIndex {
  constructor(readonly matchKey: MatchKey) {}

  /** Replaces every unit of a group (a segment's units after a save; all units of a TMX memory). */
  replaceGroup(group: string, units: readonly MemoryUnit[]): void {
    void group;
    void units;
    throw new Error("not implemented");
  }

  removeGroup(group: string): void {
    void group;
    throw new Error("not implemented");
  }

  /** Up to `limit` (5) matches ≥ `minScore` (70) for a paragraph and for each of its sentences, best first. */
  lookup(query: string, options?: LookupOptions): MemoryMatch[] {
    void query;
    void options;
    throw new Error("not implemented");
  }

  /** Chinese: in the source, in any script; otherwise: in the target, case-insensitive, whole words. */
  search(text: string, options?: SearchOptions): ConcordanceHit[] {
    void text;
    void options;
    throw new Error("not implemented");
  }

  stats(): MemoryIndexStats {
    throw new Error("not implemented");
  }
}
