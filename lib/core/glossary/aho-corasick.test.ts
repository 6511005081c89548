import { describe, expect, it } from "vitest";
import { buildMultiMatcher } from "./aho-corasick";

const find = (patterns: string[], text: string) =>
  buildMultiMatcher(patterns.map((p) => [...p]))
    .findAll([...text])
    .map((m) => [patterns[m.pattern], m.start, m.end]);

describe("buildMultiMatcher", () => {
  it.each([
    { patterns: ["城管", "城管执法"], text: "市城管执法委", expected: [["城管执法", 1, 5]] },
    { patterns: ["ab", "bcd", "cd"], text: "abcd", expected: [["ab", 0, 2], ["cd", 2, 4]] },
    { patterns: ["he", "she", "hers"], text: "ushers", expected: [["she", 1, 4]] },
    { patterns: ["a", "ab", "bc"], text: "abc", expected: [["ab", 0, 2]] },
    { patterns: ["𠀀𪚥", "𪚥"], text: "x𠀀𪚥𪚥", expected: [["𠀀𪚥", 1, 3], ["𪚥", 3, 4]] },
    { patterns: ["aa"], text: "aaaaa", expected: [["aa", 0, 2], ["aa", 2, 4]] },
    { patterns: ["xyz"], text: "abc", expected: [] },
    { patterns: [], text: "abc", expected: [] },
    { patterns: ["", "b"], text: "abc", expected: [["b", 1, 2]] },
    { patterns: ["abcde", "bc", "c"], text: "abcdx", expected: [["bc", 1, 3]] },
  ])("$patterns in $text", ({ patterns, text, expected }) => {
    expect(find(patterns, text)).toEqual(expected);
  });

  it("agrees with a naive leftmost-longest scan on random texts", () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const alphabet = "abc";
    const word = (length: number) => Array.from({ length }, () => alphabet[random(3)]).join("");
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + random(6) }, () => word(1 + random(4)));
      const text = word(random(20));
      const naive: (string | number)[][] = [];
      for (let i = 0; i < text.length; ) {
        const best = patterns.filter((p) => text.startsWith(p, i)).sort((a, b) => b.length - a.length)[0];
        if (best) {
          naive.push([best, i, i + best.length]);
          i += best.length;
        } else i++;
      }
      expect(find(patterns, text).map(([, s, e]) => [text.slice(s as number, e as number), s, e])).toEqual(naive);
    }
  });
});
