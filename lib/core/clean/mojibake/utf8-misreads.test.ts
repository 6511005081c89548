import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Edit } from "../types";
import { findUtf8Misreads } from "./utf8-misreads";

/** UTF-8 bytes shown as GBK, as a browser shows a page whose charset says GBK. */
const misread = (text: string) => new TextDecoder("gbk").decode(new TextEncoder().encode(text));

const applied = (edits: Edit[]) => edits.filter((e) => !e.isSuggestion);

function apply(text: string, edits: Edit[]): string {
  let out = "";
  let last = 0;
  for (const e of edits) [out, last] = [out + text.slice(last, e.start) + e.replacement, e.end];
  return out + text.slice(last);
}

const CORPUS = new URL("../corpus/texts/", import.meta.url);
const LINES = readdirSync(CORPUS).flatMap((f) => readFileSync(new URL(f, CORPUS), "utf8").split("\n").filter((l) => l.length > 20));

describe("findUtf8Misreads", () => {
  it.each([
    { before: "新冠疫情", part: "发生后，全市", after: "城管执法人员闻令即动。" },
    { before: "我们在", part: "院子里喝了一下午", after: "茶，很舒服。" },
    // 软 = E8 BD AF: AF E9 is one of GBK's user-defined pairs, shown as a private-use character.
    { before: "然后", part: "建立软链接并", after: "检查配置。" },
    // 一 = E4 B8 80: a lone 80 shows as €.
    { before: "喝了", part: "一下午茶，", after: "很舒服。" },
    { before: "這場突如其來的", part: "疫情打亂了所有人", after: "的生活節奏。" },
  ])("applies the repair of a whole run: $part", ({ before, part, after }) => {
    const text = before + misread(part) + after;
    const edits = findUtf8Misreads(text);
    expect(edits.map((e) => e.isSuggestion ?? false)).toEqual([false]);
    expect(apply(text, edits)).toBe(before + part + after);
  });

  it("does not apply a character whose last byte is lost at the run's end", () => {
    // Nine characters are 27 bytes: the last one (茶's B6) is lost, and 范, 茂, 茅 … fit as well.
    const text = "我们在" + misread("院子里喝了一下午茶") + "，很舒服。";
    const edits = findUtf8Misreads(text);
    expect(edits.map((e) => [e.replacement, e.isSuggestion ?? false])).toEqual([
      ["院子里喝了一下午", false],
      [text.slice(edits[1].start, edits[1].end), true],
    ]);
  });

  it("applies what every byte explains and only flags a lost last byte that several characters fit", () => {
    // 记者 周: 者's last byte (85) is lost before the space; 考, 者, 而, 耐 … all fit.
    const text = "本报" + misread("记者 周明") + "报道。";
    const edits = findUtf8Misreads(text);
    expect(edits.map((e) => [text.slice(e.start, e.end), e.replacement, e.detail, e.isSuggestion ?? false])).toEqual([
      [misread("记者"), misread("记者"), "suspect", true],
      [misread("周明"), "周明", "repair", false],
    ]);
  });

  it.each([
    "锟斤拷锟斤拷",
    "饕餮盛宴，鏖战三昼夜，殲滅來犯之敵。",
    "これは何ですか?日本語のテキストです。",
    "Что это такое? 他問:Как дела?",
    "€100 的價格，約合人民幣七百多元。",
    ...LINES,
  ])("leaves real text alone: %s", (text) => {
    expect(findUtf8Misreads(text)).toEqual([]);
  });

  it("never applies a wrong repair, wherever a run of two to eight characters of the corpus is misread", () => {
    let runs = 0;
    let repaired = 0;
    for (const line of LINES.slice(0, 40)) {
      const chars = [...line];
      for (let at = 0; at + 8 <= chars.length; at += 5) {
        const length = 2 + (at % 7);
        const [before, part, after] = [chars.slice(0, at), chars.slice(at, at + length), chars.slice(at + length)].map((c) => c.join(""));
        const text = before + misread(part) + after;
        const edits = applied(findUtf8Misreads(text));
        runs++;
        if (edits.length > 0) repaired++;
        const fixed = apply(text, edits);
        for (const e of edits) expect(fixed, text).toContain(e.replacement);
        if (edits.length > 0 && edits[0].end - edits[0].start === misread(part).length) expect(fixed).toBe(line);
        expect(edits.every((e) => e.start >= before.length && e.end <= before.length + misread(part).length), text).toBe(true);
      }
    }
    expect(repaired / runs).toBeGreaterThan(0.6);
  });
});
