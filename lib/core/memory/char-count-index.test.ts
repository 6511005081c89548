import { beforeAll, describe, expect, it } from "vitest";
import { loadMatchKey, type MatchKey } from "../convert/match-key";
import { seededRandom } from "../testing/seeded-random";
import { MemoryIndex } from "./memory-index";
import type { MemoryUnit } from "./memory-types";
import { similarityScore } from "./similarity-score";

let matchKey: MatchKey;
beforeAll(async () => {
  matchKey = await loadMatchKey();
});

// Deterministic pseudo-random texts over a small alphabet, so that many pairs are near each other.
const SIMPLIFIED = "这国们说时会来对发与的一是在不了有和人中大为上个𠀀";
const TRADITIONAL: Record<string, string> = { 这: "這", 国: "國", 们: "們", 说: "說", 时: "時", 会: "會", 来: "來", 对: "對", 发: "發", 与: "與" };

const WIDE = `${SIMPLIFIED}春夏秋冬东南西北山川河海风雨雷电花草树木日月星云江湖天地金木水火土鸟兽虫鱼米面茶酒衣食住行书画琴棋`;

function randomText(random: () => number, length: number, alphabet = SIMPLIFIED): string {
  const chars = [...alphabet];
  return Array.from({ length }, () => chars[Math.floor(random() * chars.length)]).join("");
}

/** `text` with up to `edits` characters substituted, inserted or deleted. */
function variant(random: () => number, text: string, edits: number, alphabet = SIMPLIFIED): string {
  const chars = [...text];
  for (let edit = Math.floor(random() * (edits + 1)); edit > 0; edit--) {
    const at = Math.floor(random() * (chars.length + 1));
    const char = randomText(random, 1, alphabet);
    const kind = random();
    if (kind < 0.4) chars[at] = char;
    else if (kind < 0.7) chars.splice(at, 0, char);
    else chars.splice(at, 1);
  }
  return chars.join("");
}

const toTraditional = (text: string) => [...text].map((char) => TRADITIONAL[char] ?? char).join("");
const unit = (group: string, source: string): MemoryUnit => ({ id: `${group}:p`, group, level: "paragraph", source, target: "x", origin: { kind: "tmx", memoryId: 1, memoryName: "m" } });

describe("MemoryIndex.bestScore", () => {
  it("gives exactly what scoring every unit gives, down to 50 and for short, cross-script and excluded texts", () => {
    const random = seededRandom(11);
    const index = new MemoryIndex(matchKey);
    const sources = new Map<string, string>();
    const bases = Array.from({ length: 40 }, () => randomText(random, 1 + Math.floor(random() * 24)));
    for (let i = 0; i < 600; i++) {
      const base = bases[Math.floor(random() * bases.length)];
      // Near duplicates of a few bases, unrelated texts, and texts of one to three characters.
      const source = i % 5 === 0 ? randomText(random, 1 + Math.floor(random() * 3)) : i % 5 === 1 ? randomText(random, 2 + Math.floor(random() * 30)) : variant(random, base, 1 + Math.floor(random() * 8));
      sources.set(`g${i}`, source);
      index.replaceGroup(`g${i}`, [unit(`g${i}`, source)]);
    }
    // Holes: removed and replaced groups must count no more.
    for (let i = 0; i < 600; i += 7) {
      index.removeGroup(`g${i}`);
      sources.delete(`g${i}`);
    }
    for (let i = 3; i < 600; i += 11) {
      const source = variant(random, bases[i % bases.length], 2);
      index.replaceGroup(`g${i}`, [unit(`g${i}`, source)]);
      sources.set(`g${i}`, source);
    }
    const memory = [...sources].map(([group, source]) => ({ group, key: index.keyOf(source) }));
    let checked = 0;
    let found = 0;
    for (let q = 0; q < 400; q++) {
      const base = bases[q % bases.length];
      const text = q % 4 === 0 ? randomText(random, 1 + Math.floor(random() * 3)) : q % 4 === 1 ? randomText(random, 2 + Math.floor(random() * 30)) : variant(random, base, 1 + Math.floor(random() * 10));
      // Some queries carry characters no unit has.
      const query = q % 3 === 0 ? toTraditional(text) : q % 7 === 1 ? `${text}${randomText(random, 1 + Math.floor(random() * 12), "春夏秋冬东南西北山川河海")}` : text;
      const key = index.keyOf(query);
      const excluded = new Set(memory.filter(() => random() < 0.1).map((m) => m.group));
      for (const minScore of [50, 50, 1, 70, 90, 100]) {
        const scores = memory.filter((m) => !excluded.has(m.group)).map((m) => similarityScore(key, m.key));
        const best = Math.max(0, ...scores);
        // An empty key (all its characters edited away) matches nothing, as bestScore says.
        const expected = key !== "" && best >= minScore ? best : 0;
        expect([query, minScore, index.bestScore(key, { minScore, excluded })]).toEqual([query, minScore, expected]);
        checked++;
        if (expected > 0 && expected < 70) found++;
      }
    }
    // The property is only worth something if low scores occur.
    expect(checked).toBe(2400);
    expect(found).toBeGreaterThan(100);
  });

  it.each([
    ["25 characters", SIMPLIFIED],
    ["75 characters", WIDE],
  ])("gives exactly what scoring every unit gives for long keys over %s, whose commoner characters are checked for survivors only", (_, alphabet) => {
    const random = seededRandom(5);
    const index = new MemoryIndex(matchKey);
    const keys: string[] = [];
    const text = (length: number) => randomText(random, length, alphabet);
    const bases = Array.from({ length: 12 }, () => text(40 + Math.floor(random() * 110)));
    for (let i = 0; i < 300; i++) {
      const source = i % 3 === 0 ? text(20 + Math.floor(random() * 150)) : variant(random, bases[i % bases.length], 10 + Math.floor(random() * 60), alphabet);
      index.replaceGroup(`g${i}`, [unit(`g${i}`, source)]);
      keys.push(index.keyOf(source));
    }
    let found = 0;
    for (let q = 0; q < 120; q++) {
      const query = q % 3 === 0 ? text(30 + Math.floor(random() * 120)) : variant(random, bases[q % bases.length], 10 + Math.floor(random() * 70), alphabet);
      const key = index.keyOf(query);
      const best = Math.max(0, ...keys.map((other) => similarityScore(key, other)));
      for (const minScore of [50, 60, 75]) expect([query, minScore, index.bestScore(key, { minScore })]).toEqual([query, minScore, best >= minScore ? best : 0]);
      if (best >= 50 && best < 75) found++;
    }
    expect(found).toBeGreaterThan(15);
  });

  it("answers a key with characters no unit has, against units too long to share enough with it", () => {
    const index = new MemoryIndex(matchKey);
    const long = "这国们说时会来对发与的一是在不了有和人中大为上个这国们说时会";
    index.replaceGroup("long", [unit("long", long)]);
    index.replaceGroup("near", [unit("near", "这国们说时会来对发与")]);
    // Half the key is unknown: the 30-character unit would need 15 shared of the 8 known.
    const key = index.keyOf("这国们说时会来对春夏秋冬东南西北");
    const expected = Math.max(...[long, "这国们说时会来对发与"].map((other) => similarityScore(key, index.keyOf(other))));
    expect(index.bestScore(key)).toBe(expected >= 50 ? expected : 0);
  });

  it("finds a score of 50 between keys that share no bigram, and one character by one edit", () => {
    const index = new MemoryIndex(matchKey);
    index.replaceGroup("a", [unit("a", "甲乙甲乙甲乙")]);
    index.replaceGroup("b", [unit("b", "好人")]);
    expect(index.bestScore(index.keyOf("甲丙甲丙甲丙"))).toBe(50);
    expect(index.bestScore(index.keyOf("好"))).toBe(50);
    expect(index.bestScore(index.keyOf("好"), { excluded: new Set(["b"]) })).toBe(0);
    expect(index.bestScore(index.keyOf("好"), { minScore: 51 })).toBe(0);
  });

  it("sees units saved after it was last asked", () => {
    const index = new MemoryIndex(matchKey);
    index.replaceGroup("a", [unit("a", "今天随州市下了小雨。")]);
    expect(index.bestScore(index.keyOf("今天随州市下了大雨。"))).toBe(90);
    index.replaceGroup("b", [unit("b", "今天随州市下了大雨。")]);
    expect(index.bestScore(index.keyOf("今天隨州市下了大雨！"))).toBe(90);
    expect(index.bestScore(index.keyOf("今天隨州市下了大雨。"))).toBe(100);
    index.removeGroup("b");
    expect(index.bestScore(index.keyOf("今天隨州市下了大雨。"))).toBe(90);
  });
});
