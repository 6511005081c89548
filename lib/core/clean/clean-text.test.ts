import { describe, expect, it } from "vitest";
import { cleanText, DEFAULT_CLEANUP_CHOICES, type CleanupChoices } from "./clean-text";

// `。”疫情發` read one byte out of step, with strong evidence: a certain repair.
const CERTAIN = "累了卻睡不著,總擔心哪個環節出紕漏?!币咔榘l生后,隨州市城管執法委機關黨委副書記張齊君就沒有睡過一個安穩覺。";
// `。」隨` the same way, but one rare character is all the evidence: a repair on offer.
const DOUBTFUL = "他說:「我們一定會回來的?!闺S後轉身離開。";
// 发生后，全市 as UTF-8 shown as GBK.
const UTF8 = `新冠疫情${new TextDecoder("gbk").decode(new TextEncoder().encode("发生后，全市"))}城管执法人员闻令即动,全员出击。`;

const mojibakeOf = (raw: string, choices: CleanupChoices = DEFAULT_CLEANUP_CHOICES) =>
  cleanText(raw, choices).edits.filter((e) => e.rule === "mojibake");
const textOf = (raw: string, choices: CleanupChoices = DEFAULT_CLEANUP_CHOICES) => cleanText(raw, choices).text;

describe("cleanText and mojibake repairs", () => {
  it.each([
    { name: "GBK out of step", raw: CERTAIN, repaired: "累了卻睡不著，總擔心哪個環節出紕漏。”疫情發生后，隨州市" },
    { name: "UTF-8 shown as GBK", raw: UTF8, repaired: "新冠疫情发生后，全市城管执法人员闻令即动，全员出击。" },
  ])("applies a certain repair by default: $name", ({ raw, repaired }) => {
    expect(mojibakeOf(raw).map((e) => e.status)).toEqual(["applied"]);
    expect(textOf(raw)).toContain(repaired);
  });

  it("offers a doubtful repair and makes it only when accepted", () => {
    const [edit] = mojibakeOf(DOUBTFUL);
    expect(edit).toMatchObject({ status: "suggested", original: "?!闺S", replacement: "。」隨" });
    expect(textOf(DOUBTFUL)).toContain("的?!闺S後");
    const accepted = { ...DEFAULT_CLEANUP_CHOICES, accepted: [edit.key] };
    expect(mojibakeOf(DOUBTFUL, accepted)[0].status).toBe("accepted");
    expect(textOf(DOUBTFUL, accepted)).toContain("的。」隨後");
  });

  it("keeps an accepted key meaningful once the repair is applied by default (documents imported before)", () => {
    const [edit] = mojibakeOf(CERTAIN);
    const choices = { ...DEFAULT_CLEANUP_CHOICES, accepted: [edit.key] };
    expect(mojibakeOf(CERTAIN, choices)[0].status).toBe("applied");
    expect(textOf(CERTAIN, choices)).toBe(textOf(CERTAIN));
  });

  it.each([
    { name: "GBK out of step", raw: CERTAIN, run: "出紕漏?!币咔榘l生后，" },
    { name: "UTF-8 shown as GBK", raw: UTF8, run: new TextDecoder("gbk").decode(new TextEncoder().encode("发生后，全市")) },
  ])("keeps a repair put back exactly as the raw run, untouched by the rules after it: $name", ({ raw, run }) => {
    const [edit] = mojibakeOf(raw);
    const choices = { ...DEFAULT_CLEANUP_CHOICES, restored: [edit.key] };
    expect(mojibakeOf(raw, choices)[0].status).toBe("restored");
    const text = textOf(raw, choices);
    expect(text).toContain(run);
    // The punctuation rule still works everywhere else.
    expect(text).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
  });

  it("leaves a put-back repair to later rules only while the mojibake rule is on", () => {
    const [edit] = mojibakeOf(CERTAIN);
    const choices: CleanupChoices = { disabledRules: ["mojibake"], restored: [edit.key], accepted: [] };
    expect(textOf(CERTAIN, choices)).toContain("出紕漏？！币咔榘l生后，");
  });

  it("marks the gloss inside a chrome line as within it, and a line put back keeps the gloss removed", () => {
    const raw = "馬上注冊,結交更多好友,享用更多功能,讓你輕松玩轉社區(qū)。\n正文第一段。\n";
    const chrome = cleanText(raw).edits.find((edit) => edit.rule === "chrome")!;
    const gloss = cleanText(raw).edits.find((edit) => edit.rule === "pinyin")!;
    expect(gloss).toMatchObject({ original: "(qū)", status: "applied", within: chrome.key });
    expect(chrome.within).toBeUndefined();
    const putBack = cleanText(raw, { ...DEFAULT_CLEANUP_CHOICES, restored: [chrome.key] });
    expect(putBack.paragraphs.map((p) => p.text)).toEqual(["馬上注冊，結交更多好友，享用更多功能，讓你輕松玩轉社區。", "正文第一段。"]);
    const inside = putBack.edits.filter((edit) => edit.within === chrome.key);
    expect(inside.map((edit) => edit.rule)).toEqual(["punctuation", "punctuation", "punctuation", "pinyin"]);
    expect(inside.every((edit) => edit.status === "applied")).toBe(true);
  });
});
