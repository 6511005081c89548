import { describe, expect, it } from "vitest";
import { loadMatchKey } from "./match-key";
import { mappedString, toViewRange } from "./mapped-text";

describe("loadMatchKey", () => {
  it.each([
    ["隨州市", "随州市"],
    ["随州市", "随州市"],
    ["ＡＢＣ１２３！", "abc123!"],
    ["第一  段\u3000\n二", "第一 段 二"],
  ])("%s has the key %s", async (text, key) => {
    const toKey = await loadMatchKey();
    expect(mappedString(toKey(text))).toBe(key);
  });

  it("gives Traditional and Simplified spellings the same key", async () => {
    const toKey = await loadMatchKey();
    expect(mappedString(toKey("執法委全員戰疫"))).toBe(mappedString(toKey("执法委全员战疫")));
  });

  it("maps a match in the key back to the original text", async () => {
    const toKey = await loadMatchKey();
    const key = toKey("甲  乙隨州");
    const at = mappedString(key).indexOf("随州");
    expect(at).toBe(3);
    expect([key.from[at], key.to[at + 1]]).toEqual([4, 6]);
    expect(toViewRange(key, 1, 3)).toEqual([1, 2]);
  });
});
