import { readdirSync, readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { findBig5Misreads } from "./big5-misreads";

/** Big5 bytes shown as GBK: one character for each character, so offsets line up with the original. */
const misread = (text: string) => new TextDecoder("gbk").decode(iconv.encode(text, "big5"));

const CORPUS = new URL("../corpus/texts/", import.meta.url);
const TEXTS = readdirSync(CORPUS).map((f) => readFileSync(new URL(f, CORPUS), "utf8"));
const TRADITIONAL = readdirSync(CORPUS)
  .filter((f) => f.includes("Hant"))
  .flatMap((f) => readFileSync(new URL(f, CORPUS), "utf8").split("\n").filter((l) => l.length > 40));

describe("findBig5Misreads", () => {
  it.each([
    { before: "週末天氣不錯，", part: "我們坐在候", after: "機廳裡等了兩個小時。" },
    { before: "來臺灣一定要逛夜市，", part: "本報記者", after: "這樣寫道。許多遊客都這麼說。" },
    { before: "隔壁鄰居家的小貓，", part: "小貓不吃貓糧", after: "怎麼辦？大家都說要多觀察幾天。" },
  ])("applies the repair of a run: $part", ({ before, part, after }) => {
    const text = before + misread(part) + after;
    const edits = findBig5Misreads(text);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ rule: "mojibake", detail: "repair" });
    expect(edits[0].isSuggestion).toBeUndefined();
    expect(edits[0].replacement).toBe(part.slice(edits[0].start - before.length, edits[0].end - before.length));
  });

  it.each([
    "これは何ですか?日本語のテキストです。東京は今日も晴れです。本当に?すごいですね!",
    "他問:Как дела?我說:Хорошо!這個詞是Привет?對嗎?大家都這麼認為。",
    "鏖戰三晝夜，終於殲滅來犯之敵。他挪不動腳、邁不開腿，卻仍淬煉出堅強的意志。",
    "注音符號ㄅㄆㄇㄈ是臺灣小學生最早學的東西，老師說這很重要。",
    "報名的╳╳公司和○○協會都在名單上，我最喜歡的小確幸の甜點店也在。陳堃の店開在巷子裡。",
    // Simplified text: Traditional readings of its characters are no evidence.
    "这是一场没有硝烟的战争，决战决胜的关键在于赶时间、抢速度、比作风、拼毅力。",
    ...TEXTS,
  ])("leaves real text alone: %s", (text) => {
    expect(findBig5Misreads(text)).toEqual([]);
  });

  it("never applies a wrong character, wherever a run of the corpus's Traditional texts is misread", () => {
    let runs = 0;
    let repaired = 0;
    for (const line of TRADITIONAL) {
      for (let at = 0; at + 8 <= line.length; at += 7) {
        const length = 3 + (at % 6);
        const garbled = misread(line.slice(at, at + length));
        if (garbled.length !== length) continue;
        const text = line.slice(0, at) + garbled + line.slice(at + length);
        const edits = findBig5Misreads(text);
        runs++;
        if (edits.length > 0) repaired++;
        for (const e of edits) expect(e.replacement, text).toBe(line.slice(e.start, e.end));
      }
    }
    expect(repaired / runs).toBeGreaterThan(0.4);
  });
});
