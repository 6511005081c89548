import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../import/decode-bytes";
import { DAMAGE_KINDS, damagePage, encodePage, type DamageKind, type Script } from "./damage-page";
import { DAMAGE_MIXES, evaluateCorpus, falseAlarmsOf, importedParagraphs, type CorpusText } from "./evaluate-corpus";
import { SAVED_HTML_PLATFORMS, savedHtmlPage } from "./saved-html-page";
import { characterSimilarity, scorePage } from "./score-page";

const dir = new URL("./texts/", import.meta.url);
const texts: CorpusText[] = readdirSync(dir)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => ({ name: file, script: file.includes("zh-Hant") ? "hant" : "hans", text: readFileSync(new URL(file, dir), "utf8") }));
const lines = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== "");
const news = texts.find((t) => t.name === "news.zh-Hans.txt")!;
const newsHant = texts.find((t) => t.name === "news.zh-Hant.txt")!;

describe("the corpus", () => {
  it("has every register in Simplified and most in Traditional", () => {
    const names = texts.map((t) => t.name);
    for (const register of ["news", "travel", "howto", "essay", "forum", "classical"]) expect(names).toContain(`${register}.zh-Hans.txt`);
    expect(texts.filter((t) => t.script === "hant").length * 2).toBeGreaterThanOrEqual(texts.filter((t) => t.script === "hans").length);
  });
});

describe("characterSimilarity and scorePage", () => {
  it("score a clean text against itself 1", () => {
    for (const { text } of texts) {
      const paragraphs = lines(text);
      const score = scorePage(paragraphs, paragraphs);
      expect(score.similarity).toBe(1);
      expect(score.boundaryF1).toBe(1);
    }
  });

  it("stay in [0, 1]", () => {
    expect(characterSimilarity("", "")).toBe(1);
    expect(characterSimilarity("abc", "")).toBe(0);
    expect(characterSimilarity("甲乙丙丁", "甲乙丙戊")).toBe(0.75);
  });

  it("count a lost paragraph break and a break too many in the boundary F1", () => {
    expect(scorePage(["一二三四五六"], ["一二三", "四五六"]).boundaryF1).toBe(0);
    expect(scorePage(["一二", "三", "四五六"], ["一二三", "四五六"]).boundaryF1).toBeCloseTo(2 / 3);
  });
});

describe("damagePage", () => {
  it("gives the same page for the same seed, and another for another seed", () => {
    const options = { kinds: DAMAGE_KINDS, script: "hans" as Script };
    expect(damagePage(news.text, { ...options, seed: 7 })).toEqual(damagePage(news.text, { ...options, seed: 7 }));
    expect(damagePage(news.text, { ...options, seed: 7 }).text).not.toBe(damagePage(news.text, { ...options, seed: 8 }).text);
  });

  it("does nothing with no kind on", () => {
    const page = damagePage(news.text, { seed: 1, kinds: [], script: "hans" });
    expect(page.records).toEqual([]);
    expect(lines(page.text)).toEqual(lines(news.text));
  });

  it.each(DAMAGE_KINDS)("can switch %s off, and do it alone in both scripts", (kind: DamageKind) => {
    const others = DAMAGE_KINDS.filter((k) => k !== kind);
    for (const text of [news, newsHant]) {
      const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
      for (const seed of seeds) {
        const page = damagePage(text.text, { seed, kinds: others, script: text.script, platform: "discuz" });
        expect(page.records.filter((r) => r.kind === kind)).toEqual([]);
      }
      const alone = seeds.flatMap((seed) => damagePage(text.text, { seed, kinds: [kind], script: text.script, platform: "discuz" }).records);
      expect(alone.length).toBeGreaterThan(0);
      expect(alone.every((r) => r.kind === kind)).toBe(true);
    }
  });

  it("makes GB18030 and Big5 bytes the import decodes back", () => {
    const hans = damagePage(news.text, { seed: 3, kinds: ["chrome", "pinyin"], script: "hans" }).text;
    expect(decodeBytes(encodePage(hans, "gb18030")).text).toBe(hans);
    const hant = damagePage(newsHant.text, { seed: 3, kinds: ["chrome", "pinyin"], script: "hant", platform: "discuz" }).text;
    const decoded = decodeBytes(encodePage(hant, "big5"));
    expect(decoded.encoding).toBe("big5");
    expect(decoded.text).toBe(hant);
  });
});

describe("savedHtmlPage", () => {
  it("gives the same page for the same seed, a whole document in the charset it declares", () => {
    for (const platform of SAVED_HTML_PLATFORMS) {
      for (const text of [news, newsHant]) {
        const options = { seed: 5, kinds: DAMAGE_KINDS, script: text.script, platform };
        const page = savedHtmlPage(text.text, options);
        expect(savedHtmlPage(text.text, options)).toEqual(page);
        expect(page.html).toMatch(/^<!DOCTYPE html[^]*<head>[^]*<\/body>\r\n<\/html>\r\n$/);
        expect(page.html).toMatch(new RegExp(`charset="?${page.encoding}`));
        expect(decodeBytes(page.bytes, { encoding: page.encoding === "utf-8" ? "utf-8" : page.encoding === "gbk" ? "gb18030" : "big5" }).text).toBe(page.html);
      }
    }
  });

  it("records what the page shows around the text, and nothing with no kind on", () => {
    const page = savedHtmlPage(news.text, { seed: 2, kinds: ["chrome", "signature"], script: "hans", platform: "discuz" });
    expect(page.records.length).toBeGreaterThan(0);
    for (const record of page.records) expect(page.html).toContain(record.junk!.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;"));
    expect(savedHtmlPage(news.text, { seed: 2, kinds: [], script: "hans", platform: "discuz" }).records).toEqual([]);
  });
});

describe("evaluateCorpus", () => {
  const report = evaluateCorpus(texts, { seeds: [1, 2] });

  it("scores every page in [0, 1] and never counts more residue than was injected", () => {
    expect(report.pages.length).toBe(texts.length * DAMAGE_MIXES.length * 2);
    for (const { score } of report.pages) {
      expect(score.similarity).toBeGreaterThanOrEqual(0);
      expect(score.similarity).toBeLessThanOrEqual(1);
      expect(score.boundaryF1).toBeGreaterThanOrEqual(0);
      expect(score.boundaryF1).toBeLessThanOrEqual(1);
      for (const residue of Object.values(score.residue)) expect(residue.left).toBeLessThanOrEqual(residue.injected);
    }
    expect(report.mean).toBeGreaterThan(0);
    expect(report.mean).toBeLessThanOrEqual(1);
  });

  it("measures the residue of every kind of damage", () => {
    expect(Object.keys(report.residue).sort()).toEqual([...DAMAGE_KINDS].sort());
  });

  it("reports a change the cleanup makes to a text given as clean", () => {
    const text = { name: "dirty", script: "hans" as Script, text: "第一段正文，写得好好的。\n下载附件\n第二段正文。" };
    const alarms = falseAlarmsOf(text);
    expect(alarms.some((alarm) => alarm.rule === "chrome" && alarm.original.includes("下载附件"))).toBe(true);
    expect(importedParagraphs(text.text)).toEqual(["第一段正文，写得好好的。", "第二段正文。"]);
  });
});
