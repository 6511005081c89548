import type { MatchKey } from "@/lib/core/convert/match-key";
import { mappedString, type MappedText } from "@/lib/core/convert/mapped-text";
import { findMatches, planReplace } from "@/lib/core/search/plan-replace";
import type { ReplaceQuery, TextRange } from "@/lib/core/search/replace-types";
import { isDomainError, type ErrorCode, type ErrorParams } from "@/lib/core/errors";

/** Where the dialog searches: the translations (to replace) or the sources (to find, read only). */
export type SearchIn = "targets" | "sources";

/** One paragraph of the preview: its text with the matches and, for a replace, the text after with the replacements. */
export type PreviewItem = { id: number; version: number; before: string; matches: TextRange[]; after?: string; replaced?: TextRange[]; isLocked: boolean };

export type Preview = { kind: "empty" } | { kind: "failed"; code: ErrorCode; params: ErrorParams } | { kind: "ready"; items: PreviewItem[]; matchCount: number };

/** The paragraphs a search covers: all, those the editor's filter shows, or those whose source has a glossary term. */
export function scopeIds(scope: "all" | "filter" | "term", term: string, { order, visible, termsIn }: { order: readonly number[]; visible: readonly number[]; termsIn: (id: number) => readonly { source: string }[] }): readonly number[] {
  if (scope === "filter") return visible;
  if (scope === "term") return order.filter((id) => termsIn(id).some((found) => found.source === term));
  return order;
}

/** A paragraph as the editor has it: `version` is the one its text was saved at (or edited from). */
type Paragraph = { id: number; version: number; source: string; target: string; isLocked: boolean };

/**
 * The preview of a search in the paragraphs of the scope, computed in the browser with the planner the
 * server runs again. A plain search in the sources goes through the match key, so 随州 finds 隨州.
 */
export function previewReplace(paragraphs: readonly Paragraph[], query: ReplaceQuery, searchIn: SearchIn, sourceKey: ((id: number) => MappedText | null) | null, toKey: MatchKey | null): Preview {
  if (query.find === "") return { kind: "empty" };
  try {
    if (searchIn === "targets") {
      const plan = planReplace(paragraphs.map((p) => ({ id: p.id, text: p.target })), query);
      const byId = new Map(paragraphs.map((p) => [p.id, p]));
      return { kind: "ready", matchCount: plan.matchCount, items: plan.changes.map((change) => ({ ...change, version: byId.get(change.id)!.version, isLocked: byId.get(change.id)!.isLocked })) };
    }
    const isKeyed = !query.isRegex && toKey !== null && sourceKey !== null;
    const keys = isKeyed ? paragraphs.map((p) => sourceKey(p.id)) : [];
    const texts = isKeyed ? keys.map((key) => (key ? mappedString(key) : "")) : paragraphs.map((p) => p.source);
    const find = isKeyed ? mappedString(toKey(query.find)) : query.find;
    const found = findMatches(texts, { ...query, find, isCaseSensitive: query.isCaseSensitive && !isKeyed });
    const items: PreviewItem[] = [];
    let matchCount = 0;
    found.forEach((ranges, i) => {
      if (ranges.length === 0) return;
      matchCount += ranges.length;
      const key = keys[i];
      const matches = key ? ranges.map(({ start, end }) => ({ start: key.from[start], end: key.to[end - 1] })) : ranges;
      items.push({ id: paragraphs[i].id, version: paragraphs[i].version, before: paragraphs[i].source, matches, isLocked: paragraphs[i].isLocked });
    });
    return { kind: "ready", items, matchCount };
  } catch (error) {
    if (isDomainError(error)) return { kind: "failed", code: error.code, params: error.params };
    throw error;
  }
}
