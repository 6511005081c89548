// Aho–Corasick over code points: one pass over the text finds every pattern, whatever their number.
// Written here rather than taken from npm because matching runs on match keys (arrays of code points
// with a map back to the source) and must be leftmost-longest; the npm matchers work on UTF-16
// strings with grapheme segmentation and were 100× too slow for a 10,000-term glossary.

/** A match: pattern index and code point range [start, end) in the text searched. */
export type PatternMatch = { pattern: number; start: number; end: number };

export type MultiMatcher = {
  /** Non-overlapping matches, leftmost first; at one start the longest pattern wins. */
  findAll(chars: readonly string[]): PatternMatch[];
  readonly size: number;
};

/** Builds the automaton once for a list of patterns (arrays of code points); empty patterns are ignored. */
export function buildMultiMatcher(patterns: readonly (readonly string[])[]): MultiMatcher {
  const next: Map<string, number>[] = [new Map()];
  const fail: number[] = [0];
  /** The pattern ending exactly at a state, or -1. */
  const own: number[] = [-1];
  const depth: number[] = [0];
  /** The nearest state on the failure chain that ends a pattern (0: none). */
  const dictLink: number[] = [0];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (const char of pattern) {
      let to = next[state].get(char);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        fail.push(0);
        own.push(-1);
        depth.push(depth[state] + 1);
        dictLink.push(0);
        next[state].set(char, to);
      }
      state = to;
    }
    if (own[state] === -1) own[state] = index; // a repeated pattern: the first one wins
  });
  // Breadth-first, so a state's failure target (shallower) is complete before the state itself.
  const queue: number[] = [...next[0].values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (const [char, to] of next[state]) {
      let f = fail[state];
      while (f !== 0 && !next[f].has(char)) f = fail[f];
      const target = state === 0 ? 0 : (next[f].get(char) ?? 0);
      fail[to] = target;
      dictLink[to] = own[target] !== -1 ? target : dictLink[target];
      queue.push(to);
    }
  }

  const findAll = (chars: readonly string[]): PatternMatch[] => {
    // The longest pattern starting at each position, then a left-to-right sweep without overlaps.
    const bestEnd = new Int32Array(chars.length).fill(-1);
    const bestPattern = new Int32Array(chars.length);
    let state = 0;
    let any = false;
    for (let i = 0; i < chars.length; i++) {
      const char = chars[i];
      let to = next[state].get(char);
      while (to === undefined && state !== 0) {
        state = fail[state];
        to = next[state].get(char);
      }
      state = to ?? 0;
      if (state === 0) continue;
      for (let s = own[state] !== -1 ? state : dictLink[state]; s !== 0; s = dictLink[s]) {
        const start = i + 1 - depth[s];
        // Scanning forward, a later end at the same start is longer.
        bestEnd[start] = i + 1;
        bestPattern[start] = own[s];
        any = true;
      }
    }
    const result: PatternMatch[] = [];
    if (!any) return result;
    for (let i = 0; i < chars.length; i++) {
      if (bestEnd[i] === -1) continue;
      result.push({ pattern: bestPattern[i], start: i, end: bestEnd[i] });
      i = bestEnd[i] - 1;
    }
    return result;
  };
  return { findAll, size: patterns.length };
}
