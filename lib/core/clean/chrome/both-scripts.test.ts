import { Converter } from "opencc-js";
import { describe, expect, it } from "vitest";
import { bothScripts, WIDENED_CHARACTERS } from "./both-scripts";
import { VOCABULARIES } from "./vocabularies";

const toTraditional = [Converter({ from: "cn", to: "tw" }), Converter({ from: "cn", to: "hk" }), Converter({ from: "cn", to: "twp" })];
const toSimplified = Converter({ from: "t", to: "cn" });
const HAN = /[\u3400-\u9fff]/gu;

describe("bothScripts", () => {
  it("widens each character with a Traditional form, inside and outside a class", () => {
    expect(bothScripts("发表于")).toBe("[发發]表[于於]");
    expect(bothScripts("[发]\\d")).toBe("[发發]\\d");
    expect(new RegExp(`^${bothScripts("回复")}$`, "u").test("回覆")).toBe(true);
  });

  it("knows the Traditional form of every character the vocabularies use", () => {
    const sources = VOCABULARIES.flatMap((v) => [...v.templates.map((t) => t.pattern), ...v.strongTokens, ...v.weakTokens, ...(v.names ?? [])]);
    const missing = new Set<string>();
    for (const char of new Set(sources.join("").match(HAN))) {
      for (const convert of toTraditional) {
        const traditional = convert(char);
        if (traditional !== char && !(WIDENED_CHARACTERS.get(char) ?? "").includes(traditional)) missing.add(`${char}${traditional}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("lists only true Traditional forms", () => {
    for (const [simplified, forms] of WIDENED_CHARACTERS) {
      // 覆 is also a Simplified character (复 stands for it only in some words): such forms map to themselves.
      for (const form of forms) expect([simplified, form], `${simplified}${form}`).toContain(toSimplified(form));
    }
  });
});
