import { describe, expect, it } from "vitest";
import { detectScript } from "./detect-script";

describe("detectScript", () => {
  it.each([
    ["這是一場沒有硝煙的戰爭", "hant"],
    ["这是一场没有硝烟的战争", "hans"],
    ["隨州市城管執(zhí)法委", "hant"],
    ["COVID-19 4月1日", "hans"],
    ["", "hans"],
  ] as const)("%s → %s", (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});
