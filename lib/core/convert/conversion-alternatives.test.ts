import { describe, expect, it } from "vitest";
import { buildAlternatives } from "./conversion-alternatives";
import { loadDict } from "./load-view-converter";

describe("buildAlternatives", () => {
  it("recovers the choices opencc-js drops: the reverse table and characters phrases keep", () => {
    // As opencc-js ships them: one pick per character.
    const alternatives = buildAlternatives("干 幹|发 發|们 們", "幹 干|乾 干|發 发|髮 发|們 们", ["天干 天干"]);
    expect(alternatives.get("干")).toEqual(["幹", "乾", "干"]);
    expect(alternatives.get("发")).toEqual(["發", "髮"]);
    expect(alternatives.get("们")).toEqual(["們"]);
    expect(alternatives.has("幹")).toBe(false);
  });

  it("counts regional variants of one character once", () => {
    expect(buildAlternatives("为 爲", "爲 为|為 为", [], ["爲 為"]).get("为")).toEqual(["爲"]);
  });

  it("gives OpenCC's own tables the choices of the issue: 干 发 后 余 于 采", async () => {
    const [st, ts, phrases] = await Promise.all([loadDict("STCharacters"), loadDict("TSCharacters"), loadDict("STPhrases")]);
    const alternatives = buildAlternatives(st, ts, [phrases]);
    expect(alternatives.get("干")?.slice(0, 2)).toEqual(["幹", "乾"]);
    expect(alternatives.get("干")).toContain("干");
    expect(alternatives.get("发")).toEqual(["發", "髮"]);
    expect(alternatives.get("后")).toEqual(["後", "后"]);
    expect(alternatives.get("余")).toEqual(["餘", "余"]);
    expect(alternatives.get("于")).toEqual(["於", "于"]);
    expect(alternatives.get("采")?.[0]).toBe("採");
    const back = buildAlternatives(ts, st, [await loadDict("TSPhrases")]);
    expect(back.get("乾")).toEqual(["干", "乾"]);
  });
});
