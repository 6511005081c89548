import { describe, expect, it } from "vitest";
import { findMatches, planReplace } from "./plan-replace";
import type { ReplaceQuery } from "./replace-types";

const PLAIN = { isRegex: false, isWholeWord: false, isCaseSensitive: false };
const REGEX = { ...PLAIN, isRegex: true };
const plan = (texts: string[], query: ReplaceQuery) => planReplace(texts.map((text, id) => ({ id, text })), query);
const after = (text: string, query: ReplaceQuery) => plan([text], query).changes[0]?.after ?? text;

describe("planReplace", () => {
  it.each([
    ["numbered groups", "Zhang San met Li Si.", "(\\w+) (San|Si)", "$2 $1", "San Zhang met Si Li."],
    ["named groups", "2026-12-03", "(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)", "$<d>/$<m>/$<y>", "03/12/2026"],
    ["the whole match and a dollar", "costs 5 yuan", "\\d+", "$$$&", "costs $5 yuan"],
    ["Chinese in the replacement", "Zhang San and Zhang Wei", "Zhang (San|Wei)", "张$1", "张San and 张Wei"],
    ["Chinese in the search", "他去了隨州，又回到随州。", "[隨随]州", "Suizhou", "他去了Suizhou，又回到Suizhou。"],
    ["a group that did not take part", "ab", "a(x)?b", "[$1]", "[]"],
    ["$ followed by nothing it knows", "ab", "a", "$9$x$", "$9$x$b"],
  ])("expands a regex replacement: %s", (_, text, find, replace, expected) => {
    expect(after(text, { ...REGEX, find, replace })).toBe(expected);
    // The same as JavaScript's own replace.
    expect(text.replace(new RegExp(find, "giu"), replace)).toBe(expected);
  });

  it("takes a plain search and replacement literally, regex characters and $ included", () => {
    expect(after("Area: 1.5 (m) or 1x5 (m)", { ...PLAIN, find: "1.5 (m)", replace: "$1 & $&" })).toBe("Area: $1 & $& or 1x5 (m)");
    expect(after("a+b a+b", { ...PLAIN, find: "a+b", replace: "[x]" })).toBe("[x] [x]");
  });

  it("ignores case unless asked, in Latin and beyond", () => {
    expect(after("Beijing, BEIJING, beijing", { ...PLAIN, find: "beijing", replace: "Peking" })).toBe("Peking, Peking, Peking");
    expect(after("Beijing, BEIJING, beijing", { ...PLAIN, isCaseSensitive: true, find: "beijing", replace: "Peking" })).toBe("Beijing, BEIJING, Peking");
    expect(after("ÉCOLE école", { ...PLAIN, find: "école", replace: "school" })).toBe("school school");
  });

  it("matches whole words by Unicode letters, not ASCII \\b, and treats Han characters as words of their own", () => {
    const query = { ...PLAIN, isWholeWord: true, find: "Li", replace: "Lee" };
    expect(after("Li, Lima, Liu, Li.", query)).toBe("Lee, Lima, Liu, Lee.");
    expect(after("Lië and Li", query)).toBe("Lië and Lee");
    expect(after("Li李白 and 老Li", query)).toBe("Lee李白 and 老Lee");
    expect(after("café Café", { ...PLAIN, isWholeWord: true, find: "caf", replace: "x" })).toBe("café Café");
    expect(after("李白和李白石", { ...PLAIN, isWholeWord: true, find: "李白", replace: "Li Bai" })).toBe("Li Bai和Li Bai石");
    expect(after("Li Bai wrote", { ...REGEX, isWholeWord: true, find: "Li B", replace: "李白" })).toBe("Li Bai wrote");
    expect(after("Li Bai wrote", { ...REGEX, isWholeWord: true, find: "Li Bai", replace: "李白" })).toBe("李白 wrote");
  });

  it("finds a whole word after a part-word match at the same place", () => {
    expect(after("aab ab", { ...REGEX, isWholeWord: true, find: "a?ab", replace: "X" })).toBe("X X");
  });

  it("reports matches and replacements in code points, astral characters included", () => {
    const [change] = plan(["𠀀Li𠀀 Li"], { ...PLAIN, find: "Li", replace: "李" }).changes;
    expect(change.after).toBe("𠀀李𠀀 李");
    expect(change.matches).toEqual([
      { start: 1, end: 3 },
      { start: 5, end: 7 },
    ]);
    expect(change.replaced).toEqual([
      { start: 1, end: 2 },
      { start: 4, end: 5 },
    ]);
  });

  it("lists only the paragraphs that change, with the number of matches", () => {
    const result = plan(["one cat", "no match", "cat and cat"], { ...PLAIN, find: "cat", replace: "dog" });
    expect(result.changes.map((c) => [c.id, c.after])).toEqual([
      [0, "one dog"],
      [2, "dog and dog"],
    ]);
    expect(result.matchCount).toBe(3);
  });

  it("does nothing for an empty search", () => {
    expect(plan(["text"], { ...PLAIN, find: "", replace: "x" })).toEqual({ changes: [], matchCount: 0 });
  });

  it.each(["x*", "^", "$", "a|", "(?:)", "\\b"])("refuses %s, which can match the empty text", (find) => {
    expect(() => plan(["abc a"], { ...REGEX, find, replace: "-" })).toThrow(expect.objectContaining({ code: "REGEX_EMPTY_MATCH" }));
  });

  it("refuses an invalid regular expression with the engine's reason", () => {
    expect(() => plan(["abc"], { ...REGEX, find: "(unclosed", replace: "" })).toThrow(
      expect.objectContaining({ code: "INVALID_REGEX", params: { reason: expect.stringContaining("(unclosed") } }),
    );
  });

  it("refuses nested repetitions that can backtrack for ever, and keeps bounded ones", () => {
    expect(() => plan(["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"], { ...REGEX, find: "(a+)+$", replace: "" })).toThrow(expect.objectContaining({ code: "REGEX_TOO_COMPLEX" }));
    expect(after("1234567", { ...REGEX, find: "(?:\\d{3})+", replace: "#" })).toBe("#7");
  });

  it("stops at the match cap and at the time limit", () => {
    const texts = Array.from({ length: 10 }, (_, id) => ({ id, text: "a a a a" }));
    expect(() => planReplace(texts, { ...PLAIN, find: "a", replace: "b" }, { maxMatches: 30 })).toThrow(expect.objectContaining({ code: "TOO_MANY_MATCHES" }));
    let clock = 0;
    const many = Array.from({ length: 1000 }, (_, id) => ({ id, text: "a" }));
    expect(() => planReplace(many, { ...PLAIN, find: "a", replace: "b" }, { maxMs: 100, now: () => (clock += 10) })).toThrow(
      expect.objectContaining({ code: "SEARCH_TIMED_OUT" }),
    );
  });
});

describe("findMatches", () => {
  it("finds matches without replacing", () => {
    expect(findMatches(["李白和杜甫", "杜甫"], { ...PLAIN, find: "杜甫" })).toEqual([[{ start: 3, end: 5 }], [{ start: 0, end: 2 }]]);
  });
});
