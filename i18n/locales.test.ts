import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh-TW,zh;q=0.9", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh-Hant-TW", "zh-TW"],
    ["zh-Hans-SG", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-GB,en;q=0.9", "en"],
    ["fr-FR,zh-TW;q=0.5,en;q=0.4", "zh-TW"],
    ["en;q=0.2,zh-CN;q=0.8", "zh-CN"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
