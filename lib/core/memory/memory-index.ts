import type { MatchKey } from "../convert/match-key";
import { codePointLength } from "../text/code-points";
import { CharCountIndex } from "./char-count-index";
import { diffWithMemory } from "./diff-with-memory";
import { findFuzzyMatches } from "./find-fuzzy-matches";
import { MemoryStore, type SavedMemoryStore } from "./memory-store";
import type { ConcordanceHit, MemoryMatch, MemoryUnit } from "./memory-types";
import { normalizeForMemory } from "./normalize-for-memory";
import { searchMemory } from "./search-memory";
import { splitChineseSentences } from "./split-sentences";

// The in-memory character-bigram index over memory units (lib/server/memory and the CLI use only
// this API). Units are compared by their memory key (normalizeForMemory): Simplified script, ASCII
// widths, folded case, no whitespace.

export type LookupOptions = {
  limit?: number;
  minScore?: number;
  /** Groups whose units are never matches (the paragraph being translated is memory itself). */
  excludeGroups?: readonly string[];
};
export type SearchOptions = { limit?: number };
export type MemoryIndexStats = { units: number; bigrams: number; approxBytes: number };

type QueryPart = { start: number; end: number; text: string };
type Found = { ordinal: number; unit: MemoryUnit; score: number; part: QueryPart };

export class MemoryIndex {
  private readonly store: MemoryStore;
  /** Built on the first bestScore after a change (the match analysis asks for thousands at once). */
  private charCounts?: { version: number; index: CharCountIndex };

  constructor(readonly matchKey: MatchKey, saved?: SavedMemoryStore) {
    this.store = saved ? MemoryStore.restore(matchKey, saved) : new MemoryStore(matchKey);
  }

  /** The index as data, for `new MemoryIndex(matchKey, saved)` in a later process (the CLI keeps it on disk). */
  saved(): SavedMemoryStore {
    return this.store.saved();
  }

  /** Replaces every unit of a group (a segment's units after a save; all units of a TMX memory). */
  replaceGroup(group: string, units: readonly MemoryUnit[]): void {
    this.store.remove(group);
    this.store.add(group, units);
  }

  removeGroup(group: string): void {
    this.store.remove(group);
  }

  /** Lists what was added now rather than at the next lookup (after a cold load, before answering). */
  settle(): void {
    this.store.bigrams.flush();
  }

  /** The text as the memory compares it: equal keys are the same text in any script or width. */
  keyOf(text: string): string {
    return normalizeForMemory(this.matchKey, text).chars.join("");
  }

  /**
   * The best score (0–100) of any unit against a key (from keyOf), exactly as scoring every unit would
   * give it; 0 when none reaches `minScore`. Units of `excluded` groups do not count.
   */
  bestScore(key: string, { minScore = 50, excluded }: { minScore?: number; excluded?: ReadonlySet<string> } = {}): number {
    if (key === "" || minScore > 100) return 0;
    const counts = (ordinal: number) => !excluded?.has(this.store.units[ordinal]?.group ?? "");
    if ((this.store.exact.get(key) ?? []).some(counts)) return 100;
    if (minScore >= 100) return 0;
    if (this.charCounts?.version !== this.store.version) this.charCounts = { version: this.store.version, index: new CharCountIndex(this.store) };
    return this.charCounts.index.best(key, minScore, counts);
  }

  /** Up to `limit` (5) matches ≥ `minScore` (70) for a paragraph and for each of its sentences, best first. */
  lookup(query: string, options: LookupOptions = {}): MemoryMatch[] {
    const { limit = 5, minScore = 70, excludeGroups = [] } = options;
    const excluded = new Set(excludeGroups);
    const best = new Map<number, Found>();
    for (const part of queryParts(query)) {
      const key = normalizeForMemory(this.matchKey, part.text).chars.join("");
      if (key === "") continue;
      for (const [ordinal, score] of findFuzzyMatches(this.store, key, minScore)) {
        const unit = this.store.units[ordinal];
        // Ties keep the earlier part: the whole paragraph comes first.
        if (!unit || excluded.has(unit.group) || (best.get(ordinal)?.score ?? -1) >= score) continue;
        best.set(ordinal, { ordinal, unit, score, part });
      }
    }
    const found = [...best.values()].sort(
      (a, b) => b.score - a.score || levelRank(a.unit) - levelRank(b.unit) || b.ordinal - a.ordinal,
    );
    // A sentence unit adds nothing when its own paragraph is shown with a score at least as good.
    const paragraphScores = new Map(found.filter((f) => f.unit.level === "paragraph").map((f) => [f.unit.group, f.score]));
    return found
      .filter((f) => f.unit.level === "paragraph" || (paragraphScores.get(f.unit.group) ?? -1) < f.score)
      .slice(0, limit)
      .map(({ unit, score, part }) => ({
        unit,
        score,
        queryRange: { start: part.start, end: part.end },
        diff: diffWithMemory(
          { text: part.text, key: normalizeForMemory(this.matchKey, part.text) },
          { text: unit.source, key: normalizeForMemory(this.matchKey, unit.source) },
        ),
      }));
  }

  /** Chinese: in the source, in any script; otherwise: in the target, case-insensitive, whole words. */
  search(text: string, options: SearchOptions = {}): ConcordanceHit[] {
    const { limit = 50 } = options;
    if (text.trim() === "") return [];
    return searchMemory(this.store, this.matchKey, text, limit);
  }

  stats(): MemoryIndexStats {
    return { units: this.store.live, bigrams: this.store.bigrams.size, approxBytes: this.store.approxBytes() };
  }
}

const levelRank = (unit: MemoryUnit) => (unit.level === "paragraph" ? 0 : 1);

/** The whole query, then each of its sentences when it has more than one. */
function queryParts(query: string): QueryPart[] {
  const whole = { start: 0, end: codePointLength(query), text: query };
  const sentences = splitChineseSentences(query);
  return sentences.length > 1 ? [whole, ...sentences] : [whole];
}
