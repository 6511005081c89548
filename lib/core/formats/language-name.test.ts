import { describe, expect, it } from "vitest";
import { languageName } from "./language-name";

describe("languageName", () => {
  it.each([
    ["zh", "Chinese"],
    ["zh-Hans", "Chinese (Simplified)"],
    ["zh-Hant", "Chinese (Traditional)"],
    ["zh-Hant-TW", "Chinese (Traditional, Taiwan)"],
    ["zh-Hant-HK", "Chinese (Traditional, Hong Kong)"],
    ["zh-TW", "Chinese (Taiwan)"],
    ["ZH-HANT", "Chinese (Traditional)"],
    ["zh_CN", "Chinese (Mainland China)"],
    ["en", "English"],
    ["en-US", "English (United States)"],
    ["en_GB", "English (United Kingdom)"],
    ["EN-gb", "English (United Kingdom)"],
    ["fr", "French"],
    ["zh-Hant-TW-x-private", "Chinese (Traditional, Taiwan)"],
  ])("%s → %s", (tag, name) => {
    expect(languageName(tag)).toBe(name);
  });

  it("keeps a tag it cannot read, and uses the fallback for none", () => {
    expect(languageName("qqq")).toBe("qqq");
    expect(languageName("not a tag")).toBe("not a tag");
    expect(languageName("*all*")).toBe("*all*");
    expect(languageName("", "Source")).toBe("Source");
    expect(languageName("  ", "Translation")).toBe("Translation");
  });
});
