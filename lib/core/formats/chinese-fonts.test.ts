import { describe, expect, it } from "vitest";
import { chineseFontFamily, chineseFontNames, wordChineseFont } from "./chinese-fonts";

describe("fonts for Chinese text in exports", () => {
  it.each([
    ["zh-Hans", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"],
    ["zh", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"],
    ["zh-CN", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"],
    ["zh-Hant", "Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC"],
    ["zh-Hant-TW", "Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC"],
    ["zh-TW", "Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC"],
    ["zh-Hant-HK", "Microsoft JhengHei", "PingFang HK", "Noto Sans CJK HK"],
  ])("%s: Windows %s, macOS %s, Linux %s", (lang, windows, mac, linux) => {
    const names = chineseFontNames(lang);
    expect(names[0]).toBe(windows);
    expect(names).toContain(mac);
    expect(names).toContain(linux);
    expect(wordChineseFont(lang)).toBe(windows);
  });

  it("a CSS list quotes each font and ends with a generic family", () => {
    expect(chineseFontFamily("zh-Hans")).toBe('"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif');
    expect(chineseFontFamily("zh-Hant")).toBe('"Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", sans-serif');
  });
});
