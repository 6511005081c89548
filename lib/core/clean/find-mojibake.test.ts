import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { findMojibake } from "./find-mojibake";
import type { Edit } from "./types";

// --- helpers ----------------------------------------------------------------------------------------

const HALF_WIDTH: Record<string, string> = { "！": "!", "，": ",", "？": "?", "：": ":", "；": ";", "（": "(", "）": ")" };

/** The site's later normalisation of full-width punctuation. */
const normalise = (s: string) => s.replace(/[！，？：；（）]/g, (c) => HALF_WIDTH[c]);

const strictGbk = new TextDecoder("gbk", { fatal: true });

/** The damaged decoder: a pair that is not a GBK character (or is a user-defined one) gives `?` for its first byte. */
function decodeWithQuestionMarks(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      out += String.fromCharCode(bytes[i++]);
      continue;
    }
    let char = "";
    try {
      char = i + 1 < bytes.length ? strictGbk.decode(bytes.subarray(i, i + 2)) : "";
    } catch {
      char = "";
    }
    const unit = char.charCodeAt(0);
    if (char.length === 1 && !(unit >= 0xe000 && unit <= 0xf8ff)) [out, i] = [out + char, i + 2];
    else [out, i] = [out + "?", i + 1];
  }
  return out;
}

/** Realistic damage: the GBK byte of `text[at]`'s first byte is lost as `?`, decoding resumes one byte later. */
function damage(text: string, at: number): string {
  const bytes = iconv.encode(text, "gbk");
  const p = iconv.encode(text.slice(0, at), "gbk").length;
  return normalise(decodeWithQuestionMarks(bytes.subarray(0, p)) + "?" + decodeWithQuestionMarks(bytes.subarray(p + 1)));
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = "";
  let last = 0;
  for (const e of edits) [out, last] = [out + text.slice(last, e.start) + e.replacement, e.end];
  return out + text.slice(last);
}

/** What the edits cover and propose, readable in a failure message. */
const describeEdits = (text: string, edits: Edit[]) => edits.map((e) => [e.detail, text.slice(e.start, e.end), e.replacement]);

const PINYIN_GLOSS = /\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/g;

// --- fixtures -----------------------------------------------------------------------------------------

const TRADITIONAL = [
  "這場突如其來的疫情，打亂了所有人的生活節奏。市民們響應號召，自覺居家隔離，社區工作人員則日夜堅守在崗位上。「只要大家齊心協力，就一定能戰勝困難。」一位志願者這樣說。經過兩個多月的努力，城市終於恢復了往日的繁華，街頭巷尾又重新熱鬧起來。",
  "臺灣的夜市文化歷史悠久，從日治時期的廟口攤販發展至今，已成為觀光客必訪的景點。夜幕低垂時，攤商陸續擺出鹹酥雞、蚵仔煎、臭豆腐與珍珠奶茶，香氣四溢。許多遊客表示：「來臺灣一定要逛夜市！」不過，近年來也有居民反映噪音與垃圾問題，地方政府正研議相關管理辦法。",
  "將軍率領殘部突圍，鏖戰三晝夜，終於殲滅來犯之敵。戰後清點，傷亡慘重，然士氣不墮。眾人攜手重建家園，雖千辛萬苦，亦無怨言。他挪不動腳、邁不開腿，卻仍淬煉出堅強的意志。“我們一定會回來的。”他說。",
];

const SIMPLIFIED = [
  "这是一场没有硝烟的战争，决战决胜的关键在于赶时间、抢速度、比作风、拼毅力。新冠疫情发生后，全市城管执法人员闻令即动，全员出击，对外协防管控，对内压实责任。“我是党员我先上，我是干部我带头！”一位队员这样说道。",
  "近年来，人工智能技术发展迅速，已经广泛应用于医疗、教育、交通等领域。专家指出，在享受技术红利的同时，也要警惕数据安全和隐私保护方面的风险。你觉得呢？有网友留言说：“什么？！机器人也能写诗了？”",
];

// --- tests --------------------------------------------------------------------------------------------

describe("findMojibake on the sample's damaged runs (pinyin glosses removed)", () => {
  it.each([
    // 1. `。”疫情發` read from its second byte: the lost A1 is the only byte that makes A3 a character,
    // and the run is strong evidence (two rare characters, a `?` glued to Han): applied.
    { name: "example 1", text: "總擔心哪個環節出紕漏?!币咔榘l生后,隨州", run: "?!币咔榘l", detail: "repair", replacement: "。”疫情發", isSuggestion: undefined },
    // 2. The glosser read 規 (D2 8E) from 我's trail byte and the lost byte; its reading `guī` pins 8E: 帶 = 8E A7.
    { name: "example 2", text: "我是干部我?guī)ь^?!彪S州市城管執法系統", run: "?guī)ь^?!彪S", detail: "repair", replacement: "帶頭。”隨", isSuggestion: undefined },
    // 3. `。`'s lost A1 is certain, but the second `?` is a lost trail after A1: 、。“”《》「」 all fit.
    { name: "example 3", text: "危難之時淬煉出來的?!?/font>", run: "?!?", detail: "suspect", replacement: "?!?", isSuggestion: true },
    // 4. `?shù)` pins 得 (B5 C3), but the last `?` is any trail after C8 (去 C8 A5, 取, 趣 …): no certain repair.
    { name: "example 4", text: "關鍵時刻站得出來,危急關頭頂?shù)蒙先?。隔離點", run: "?shù)蒙先?", detail: "suspect", replacement: "?shù)蒙先?", isSuggestion: true },
    // 5. One reading only, but a single rare character of evidence: offered, not applied.
    { name: "a short run", text: "他說:「我們一定會回來的?!闺S後轉身離開。", run: "?!闺S", detail: "repair", replacement: "。」隨", isSuggestion: true },
  ])("$name: $detail", ({ text, run, detail, replacement, isSuggestion }) => {
    const edits = findMojibake(text);
    const start = text.indexOf(run);
    expect(edits).toEqual([{ rule: "mojibake", start, end: start + run.length, replacement, detail, ...(isSuggestion ? { isSuggestion } : {}) }]);
  });

  it("flags exactly the runs on lines 19, 23, 28 and 30 (0-based) of the whole page", () => {
    const page = readFileSync(new URL("../../../samples/demo-forum-page.txt", import.meta.url), "utf8").replace(PINYIN_GLOSS, "");
    const edits = findMojibake(page);
    const lineOf = (offset: number) => page.slice(0, offset).split("\n").length - 1;
    expect(edits.map((e) => [lineOf(e.start), e.detail, e.isSuggestion ?? false])).toEqual([
      [19, "suspect", true],
      [23, "repair", false],
      [28, "suspect", true],
      [30, "repair", false],
    ]);
    edits.forEach((e, i) => {
      expect(e.rule).toBe("mojibake");
      expect(lineOf(e.end)).toBe(lineOf(e.start));
      if (i > 0) expect(e.start).toBeGreaterThanOrEqual(edits[i - 1].end);
    });
  });
});

describe("findMojibake on synthetic damage", () => {
  it.each([
    { original: "他說：「我們一定會回來的。」隨後轉身離開。", at: "的。」" },
    { original: "居民們說：“感謝黨和政府。”這番話讓人動容。", at: "府。”" },
    { original: "《紅樓夢》是一部偉大的作品。讀過的人都說好。", at: "品。讀" },
  ])("repairs a run that starts at punctuation: $original", ({ original, at }) => {
    const damaged = damage(original, original.indexOf(at) + 1);
    const edits = findMojibake(damaged);
    expect(describeEdits(damaged, edits).map(([detail]) => detail)).toEqual(["repair"]);
    expect(edits[0].isSuggestion).toBe(true);
    expect(normalise(applyEdits(damaged, edits))).toBe(normalise(original));
  });

  it.each([
    // Runs that end on a lost trail byte: the damage is plain, the missing byte is not.
    { original: TRADITIONAL[0], at: "日夜堅守" },
    { original: SIMPLIFIED[0], at: "决战决胜" },
    { original: "“這件事我們一定辦好。”負責人表示，將會盡快處理。", at: "。”負責" },
  ])("flags damage it cannot repair for certain: $at", ({ original, at }) => {
    const damaged = damage(original, original.indexOf(at));
    const edits = findMojibake(damaged);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ detail: "suspect", replacement: damaged.slice(edits[0].start, edits[0].end) });
    expect(damaged[edits[0].start]).toBe("?");
  });

  it("never proposes a wrong repair, wherever the byte is lost, and finds much of the damage", () => {
    for (const [script, paragraphs] of [["hant", TRADITIONAL], ["hans", SIMPLIFIED]] as const) {
      let damaged = 0;
      let found = 0;
      for (const original of paragraphs) {
        for (let at = 0; at < original.length; at++) {
          const text = damage(original, at);
          if (text === normalise(original)) continue;
          const edits = findMojibake(text);
          damaged++;
          if (edits.length > 0) found++;
          if (edits.some((e) => e.detail === "repair")) {
            expect(normalise(applyEdits(text, edits.filter((e) => e.detail === "repair"))), `${script} @${at}: ${text}`).toBe(normalise(original));
          }
        }
      }
      // A regression guard, not a promise: a lost byte leaves `?` and ordinary-looking characters as often as not.
      expect(found / damaged, script).toBeGreaterThan(0.35);
    }
  });
});

describe("findMojibake leaves real text alone", () => {
  it.each([
    ...TRADITIONAL,
    ...SIMPLIFIED,
    "你好吗?我最近在准备考研,每天都学到很晚。",
    "什么?!他居然辞职了?我完全不知道啊。",
    "楼主说的是真的吗??求证一下,谢谢!",
    "真的假的?!我不信,除非你拿出證據來。",
    "為什麼會這樣?難道沒有人發現問題嗎?",
    "沒有帳號?加入隨論(請注冊中文用戶名)",
    "子曰:學而時習之,不亦說乎?有朋自遠方來,不亦樂乎?人不知而不慍,不亦君子乎?",
    "COVID-19疫情期間,4月1日起實行新規定,詳情見https://example.com/a?b=1。",
    "这是第3版吗?v2.0的下载地址是http://foo.cn/dl?id=42&lang=zh,请注意查收。",
    "哈哈哈^_^,今天天气真好(注)。真的吗?^_^",
    "是A股还是港股?我觉得X光片没问题。是嗎?OK,那就這樣吧。",
    "鏖戰?殲滅?淬煉?挪不動?攜手?王喆和李昇?還有陳堃。",
    "我用的是iPhone 15 Pro?還是Galaxy S24?什么?!?",
    "これは何ですか?日本語のテキストです。東京は今日も晴れです。本当に?すごいですね!",
    "Что это такое? Это русский текст. 他問:Как дела?我說:Хорошо!這個詞是Привет?對嗎",
    "角度α?還是β?我喜歡喝café?你呢?箭頭→?還是←?第①?項,3×4?÷2?",
  ])("no edits: %s", (text) => {
    expect(describeEdits(text, findMojibake(text))).toEqual([]);
  });

  it("flags no real question mark, wherever one stands in real text", () => {
    const page = readFileSync(new URL("../../../samples/demo-forum-page.txt", import.meta.url), "utf8").replace(PINYIN_GLOSS, "");
    const cleanLines = page.split("\n").filter((line, i) => ![19, 23, 28, 30].includes(i) && line.length > 40);
    for (const original of [...TRADITIONAL, ...SIMPLIFIED, ...cleanLines].map(normalise)) {
      for (let at = 1; at < original.length; at++) {
        for (const mark of ["?", "?!", "??"]) {
          const text = original.slice(0, at) + mark + original.slice(at);
          expect(describeEdits(text, findMojibake(text)), text).toEqual([]);
        }
      }
    }
  });

  it("stays linear: a megabyte of question-mark-heavy text takes milliseconds, not seconds", () => {
    const unit = "他說什麼?!真的嗎?" + SIMPLIFIED[1] + damage(TRADITIONAL[2], 10);
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    findMojibake(text);
    const started = performance.now();
    findMojibake(text);
    // Generous: about 20 ms here; the bound only catches a quadratic slip on a slow CI machine.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
