import { DomainError } from "../errors";
import { codePointLength as pointCount } from "../text/code-points";
import { compileSearch } from "./compile-search";
import type { PlannedReplace, ReplacePlan, ReplaceQuery, SearchOptions, TextRange } from "./replace-types";
import { substitute } from "./substitute";

/** Most matches one search or replace goes through; past it the search is refused (narrow it). */
export const MAX_MATCHES = 200_000;

/** Longest time one search may take, in milliseconds, checked between matches. */
export const MAX_SEARCH_MS = 5_000;

// A word character for "whole word": a letter, digit or mark of a script that separates words with
// spaces. Han characters are words of their own (Chinese has no spaces), so 李 beside "Li" is a boundary.
const WORD = /[\p{L}\p{N}\p{M}\p{Pc}]/u;
const HAN = /\p{Script=Han}/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD.test(char) && !HAN.test(char);

type Paragraph = { id: number; text: string };
type Limits = { maxMatches?: number; maxMs?: number; now?: () => number };

/**
 * Plans a search and replace over paragraphs: for each paragraph with a match, its new text, where the
 * matches were and where their replacements are. A plain replacement is taken literally; a regular
 * expression's expands $1, $<name>, $& and $$. Refuses (DomainError) an invalid or empty-matching
 * expression, more than `maxMatches` matches, or a search slower than `maxMs`.
 */
export function planReplace(paragraphs: readonly Paragraph[], query: ReplaceQuery, limits: Limits = {}): ReplacePlan {
  const search = createSearch(query, limits);
  const changes: PlannedReplace[] = [];
  for (const { id, text } of paragraphs) {
    const found = search.replace(text);
    if (found) changes.push({ id, ...found });
  }
  return { changes, matchCount: search.count() };
}

/** Finds the matches of a search in texts (code-point ranges), under the same limits as planReplace. */
export function findMatches(texts: readonly string[], query: SearchOptions & { find: string }, limits: Limits = {}): TextRange[][] {
  const search = createSearch({ ...query, replace: "" }, limits);
  return texts.map((text) => search.replace(text)?.matches ?? []);
}

function createSearch(query: ReplaceQuery, { maxMatches = MAX_MATCHES, maxMs = MAX_SEARCH_MS, now = Date.now }: Limits) {
  const expression = query.find === "" ? null : compileSearch(query.find, query);
  const deadline = now() + maxMs;
  let count = 0;
  const checkTime = () => {
    if (now() > deadline) throw new DomainError("SEARCH_TIMED_OUT", { seconds: maxMs / 1000 });
  };

  const replace = (text: string): Omit<PlannedReplace, "id"> | null => {
    if (!expression || text === "") return null;
    checkTime();
    const matches: TextRange[] = [];
    const replaced: TextRange[] = [];
    let after = "";
    let copied = 0; // UTF-16 index in text up to which `after` is built
    let points = 0; // code points of text before `copied`
    let afterPoints = 0;
    expression.lastIndex = 0;
    for (let match = expression.exec(text); match; match = expression.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) throw new DomainError("REGEX_EMPTY_MATCH");
      if (query.isWholeWord && !isWholeWord(text, start, end)) {
        expression.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
        continue;
      }
      if (++count > maxMatches) throw new DomainError("TOO_MANY_MATCHES", { limit: maxMatches });
      if (count % 256 === 0) checkTime();
      const between = text.slice(copied, start);
      const replacement = query.isRegex ? substitute(query.replace, match) : query.replace;
      const matchStart = points + pointCount(between);
      const matchEnd = matchStart + pointCount(match[0]);
      const replacedStart = afterPoints + pointCount(between);
      matches.push({ start: matchStart, end: matchEnd });
      replaced.push({ start: replacedStart, end: replacedStart + pointCount(replacement) });
      after += between + replacement;
      [copied, points, afterPoints] = [end, matchEnd, replaced[replaced.length - 1].end];
    }
    if (matches.length === 0) return null;
    return { before: text, after: after + text.slice(copied), matches, replaced };
  };

  return { replace, count: () => count };
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = [...text.slice(Math.max(0, start - 2), start)].pop();
  const [first] = [...text.slice(start, start + 2)];
  const last = [...text.slice(Math.max(start, end - 2), end)].pop();
  const [after] = [...text.slice(end, end + 2)];
  const isBoundary = (outside: string | undefined, inside: string | undefined) => !(isWordChar(outside) && isWordChar(inside));
  return isBoundary(before, first) && isBoundary(after, last);
}
