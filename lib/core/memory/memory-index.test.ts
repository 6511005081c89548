import { beforeAll, describe, expect, it } from "vitest";
import { loadMatchKey, type MatchKey } from "../convert/match-key";
import { seededRandom } from "../testing/seeded-random";
import { sliceCodePoints } from "../text/code-points";
import { MemoryIndex } from "./memory-index";
import type { MemoryOrigin } from "./memory-types";
import { memoryUnitsOf } from "./memory-units-of";

let matchKey: MatchKey;
beforeAll(async () => {
  matchKey = await loadMatchKey();
});

const origin = (segmentId: number): MemoryOrigin => ({ kind: "document", documentId: 1, documentTitle: "通知", segmentId, position: segmentId });

/** An index holding each [source, target] as one segment's memory, group `seg:N` from 1. */
function indexOf(pairs: [string, string][]): MemoryIndex {
  const index = new MemoryIndex(matchKey);
  pairs.forEach(([source, target], i) => save(index, i + 1, source, target));
  return index;
}
function save(index: MemoryIndex, segmentId: number, source: string, target: string): void {
  const group = `seg:${segmentId}`;
  index.replaceGroup(group, memoryUnitsOf({ group, source, target, origin: origin(segmentId) }));
}
const brief = (matches: ReturnType<MemoryIndex["lookup"]>) => matches.map((m) => [m.unit.id, m.score]);

describe("MemoryIndex.lookup", () => {
  it("finds a 100% match across scripts, widths and spaces, with no difference shown", () => {
    const index = indexOf([["随州市发布第1批名单。", "Suizhou published the first list."]]);
    const [match] = index.lookup("隨州市 發佈第１批名單。");
    expect(match).toMatchObject({ score: 100, queryRange: { start: 0, end: 12 }, unit: { id: "seg:1:p", target: "Suizhou published the first list." } });
    expect(match.diff).toEqual([{ kind: "same", text: "隨州市 發佈第１批名單。" }]);
  });

  it("scores fuzzy matches by characters and leaves out those under 70", () => {
    const index = indexOf([
      ["今天随州市下了小雨。", "Light rain in Suizhou today."], // 1 of 10 differs: 90
      ["昨天随州市下了小雪。", "Light snow in Suizhou yesterday."], // 3 of 10 differ: 70
      ["昨天武汉市下了小雪。", "Light snow in Wuhan yesterday."], // 5 of 10 differ: 50
    ]);
    const matches = index.lookup("今天随州市下了大雨。");
    expect(brief(matches)).toEqual([["seg:1:p", 90], ["seg:2:p", 70]]);
    expect(matches[0].diff).toEqual([
      { kind: "same", text: "今天随州市下了" },
      { kind: "deleted", text: "大" },
      { kind: "inserted", text: "小" },
      { kind: "same", text: "雨。" },
    ]);
    expect(brief(index.lookup("今天随州市下了大雨。", { minScore: 50 }))).toHaveLength(3);
  });

  it("matches each sentence of the paragraph, reporting which part matched", () => {
    const index = indexOf([["会议于上午九点开始。代表们讨论了预算。", "The meeting began at nine. The delegates discussed the budget."]]);
    const query = "今天天气很好。代表们讨论了预算。";
    const [match] = index.lookup(query);
    expect(brief([match])).toEqual([["seg:1:s1", 100]]);
    expect(sliceCodePoints(query, match.queryRange.start, match.queryRange.end)).toBe("代表们讨论了预算。");
    expect(match.unit.target).toBe("The delegates discussed the budget.");
  });

  it("puts the best first, a paragraph before a sentence of the same score, and keeps to the limit", () => {
    const index = indexOf([
      ["甲乙丙丁戊己庚辛壬癸。", "One."],
      ["子丑寅卯辰巳午未申酉。", "Two."],
      ["甲乙丙丁戊己庚辛壬癸。子丑寅卯辰巳午未申酉。", "One. Two."],
      ["甲乙丙丁戊己庚辛壬葵。", "Nearly one."],
    ]);
    const query = "甲乙丙丁戊己庚辛壬癸。子丑寅卯辰巳午未申酉。";
    // seg:3's sentences are left out: their paragraph is shown at 100.
    expect(brief(index.lookup(query))).toEqual([["seg:3:p", 100], ["seg:2:p", 100], ["seg:1:p", 100], ["seg:4:p", 90]]);
    expect(brief(index.lookup(query, { limit: 2 }))).toEqual([["seg:3:p", 100], ["seg:2:p", 100]]);
  });

  it("keeps a sentence that matches better than its own paragraph", () => {
    const index = indexOf([["会议于上午九点开始。代表们讨论了预算。", "The meeting began at nine. The delegates discussed the budget."]]);
    const matches = index.lookup("会议于上午九点开始。代表们讨论了工资。");
    expect(brief(matches)).toEqual([["seg:1:s0", 100], ["seg:1:p", 89]]);
  });

  it("leaves out excluded groups, such as the paragraph being translated", () => {
    const index = indexOf([
      ["今天随州市下了小雨。", "Light rain."],
      ["今天随州市下了小雨。", "Light rain today."],
    ]);
    expect(brief(index.lookup("今天随州市下了小雨。", { excludeGroups: ["seg:2"] }))).toEqual([["seg:1:p", 100]]);
  });

  it("answers short queries: one character only by identity, three by one edit", () => {
    const index = indexOf([
      ["好", "Good."],
      ["北京大", "Peking U."],
    ]);
    expect(brief(index.lookup("好"))).toEqual([["seg:1:p", 100]]);
    expect(brief(index.lookup("坏"))).toEqual([]);
    expect(brief(index.lookup("北京大学"))).toEqual([["seg:2:p", 75]]);
  });

  it("returns nothing for a blank query or an empty index", () => {
    expect(indexOf([["你好。", "Hello."]]).lookup("  ")).toEqual([]);
    expect(indexOf([]).lookup("你好。")).toEqual([]);
  });
});

describe("MemoryIndex.search", () => {
  const index = () =>
    indexOf([
      ["隨州市發佈通知。", "Suizhou City issued a notice."],
      ["随州的天气很好。今天随州下雨。", "Suizhou's weather is fine. Today it rains in Suizhou."],
      ["武汉市。", "The cityscape of Wuhan."],
    ]);

  it("finds Chinese in either script, ranges pointing into the original text", () => {
    const hits = index().search("隨州");
    expect(hits.map((h) => h.unit.id)).toEqual(["seg:2:p", "seg:1:p"]);
    expect(hits[0].sourceRanges).toEqual([{ start: 0, end: 2 }, { start: 10, end: 12 }]);
    expect(hits[1]).toMatchObject({ sourceRanges: [{ start: 0, end: 2 }], targetRanges: [] });
    expect(index().search("随州").map((h) => h.unit.id)).toEqual(["seg:2:p", "seg:1:p"]);
  });

  it("finds a single Chinese character", () => {
    expect(index().search("市").map((h) => h.unit.id)).toEqual(["seg:3:p", "seg:1:p"]);
  });

  it("finds English case-insensitively, as whole words", () => {
    const hits = index().search("CITY");
    expect(hits.map((h) => h.unit.id)).toEqual(["seg:1:p"]);
    expect(hits[0].targetRanges).toEqual([{ start: 8, end: 12 }]);
    expect(index().search("suizhou").map((h) => h.unit.id)).toEqual(["seg:2:p", "seg:1:p"]);
  });

  it("finds an English phrase in order, with either apostrophe", () => {
    expect(index().search("issued a  notice").map((h) => h.unit.id)).toEqual(["seg:1:p"]);
    expect(index().search("notice issued")).toEqual([]);
    expect(index().search("Suizhou’s weather")[0].targetRanges).toEqual([{ start: 0, end: 17 }]);
  });

  it("keeps to the limit, most recent first", () => {
    expect(index().search("州", { limit: 1 }).map((h) => h.unit.id)).toEqual(["seg:2:p"]);
  });

  it("shows a sentence unit on its own only when its paragraph is not a hit", () => {
    const memory = index();
    // Only the paragraph's second sentence contains 下雨; the paragraph is a hit as well, so it alone shows.
    expect(memory.search("下雨").map((h) => h.unit.id)).toEqual(["seg:2:p"]);
  });

  it("returns nothing for blank text or punctuation", () => {
    expect(index().search(" ")).toEqual([]);
    expect(index().search("—")).toEqual([]);
  });
});

describe("MemoryIndex updates", () => {
  it("forgets a paragraph's old translation when it is saved again", () => {
    const index = indexOf([["今天随州市下了小雨。", "Light rain today."]]);
    save(index, 1, "明天武汉市有大雪。", "Heavy snow tomorrow.");
    expect(index.lookup("今天随州市下了小雨。")).toEqual([]);
    expect(index.search("随州")).toEqual([]);
    expect(index.search("rain")).toEqual([]);
    expect(brief(index.lookup("明天武汉市有大雪。"))).toEqual([["seg:1:p", 100]]);
    expect(index.search("snow").map((h) => h.unit.target)).toEqual(["Heavy snow tomorrow."]);
    expect(index.stats().units).toBe(1);
  });

  it("finds nothing of a removed group", () => {
    const index = indexOf([
      ["会议于上午九点开始。代表们讨论了预算。", "The meeting began at nine. The delegates discussed the budget."],
      ["今天随州市下了小雨。", "Light rain today."],
    ]);
    index.removeGroup("seg:1");
    index.removeGroup("seg:9"); // unknown: nothing happens
    expect(index.lookup("代表们讨论了预算。")).toEqual([]);
    expect(index.search("预算")).toEqual([]);
    expect(index.search("budget")).toEqual([]);
    expect(index.stats().units).toBe(1);
    expect(brief(index.lookup("今天随州市下了小雨。"))).toEqual([["seg:2:p", 100]]);
  });

  it("stays correct through many saves, when removed units are compacted away", () => {
    const index = new MemoryIndex(matchKey);
    for (let round = 0; round < 3; round++) {
      for (let id = 1; id <= 3000; id++) save(index, id, `第${id}号文件第${round}次修改。`, `File ${id}, revision ${round}.`);
    }
    expect(index.stats().units).toBe(3000);
    const matches = index.lookup("第1234号文件第2次修改。");
    expect(brief(matches)[0]).toEqual(["seg:1234:p", 100]);
    // The rest are other files (one digit apart), all in their latest revision.
    expect(matches.every((m) => m.unit.target.endsWith("revision 2."))).toBe(true);
    expect(index.search("第1234号文件第1次").map((h) => h.unit.id)).toEqual([]);
    expect(index.search("revision 2", { limit: 5000 })).toHaveLength(3000);
    expect(index.search("revision 0")).toEqual([]);
  });
});

describe("MemoryIndex.stats", () => {
  it("counts units, distinct bigrams and an estimate of the bytes", () => {
    const stats = indexOf([["甲乙丙。甲乙。", "One. Two."]]).stats();
    // Units: the paragraph and its two sentences. Bigrams of 甲乙丙。甲乙。: 甲乙 乙丙 丙。 。甲 乙。.
    expect(stats).toMatchObject({ units: 3, bigrams: 5 });
    expect(stats.approxBytes).toBeGreaterThan(0);
  });
});

describe("MemoryIndex saved and restored (the CLI keeps it between runs)", () => {
  it("answers exactly as the index it was saved from, before and after further saves and removals", () => {
    const random = seededRandom(7);
    const words = ["随州", "市", "发布", "名单", "會議", "代表", "讨论", "预算", "天气", "今天", "小雨", "第１批"];
    const sentence = () => Array.from({ length: 2 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]).join("") + "。";
    const pairs: [string, string][] = Array.from({ length: 300 }, (_, i) =>
      random() < 0.3 ? [sentence() + sentence(), `The first ${i}. The second ${i}.`] : [sentence(), `The list ${i} of the city.`],
    );
    const original = indexOf(pairs);
    for (let i = 1; i <= 40; i++) original.removeGroup(`seg:${i * 7}`);
    const restored = new MemoryIndex(matchKey, structuredClone(original.saved()));
    const queries = Array.from({ length: 60 }, () => sentence() + (random() < 0.5 ? sentence() : ""));
    const answers = (index: MemoryIndex) => [
      ...queries.map((query) => index.lookup(query, { minScore: 50 })),
      ...["随州", "會議代表", "list", "THE FIRST", "预算。"].map((text) => index.search(text, { limit: 500 })),
      ...queries.map((query) => index.bestScore(index.keyOf(query))),
    ];
    expect(answers(restored)).toEqual(answers(original));
    expect(restored.stats()).toEqual(original.stats());
    for (const index of [original, restored]) {
      save(index, 3, "随州市发布第１批名单。", "Suizhou published the first list.");
      save(index, 1000, "今天天气很好。", "The weather is fine today.");
      index.removeGroup("seg:5");
    }
    expect(answers(restored)).toEqual(answers(original));
  });
});
