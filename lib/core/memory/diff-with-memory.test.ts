import { beforeAll, describe, expect, it } from "vitest";
import { loadMatchKey, type MatchKey } from "../convert/match-key";
import { diffWithMemory } from "./diff-with-memory";
import { normalizeForMemory } from "./normalize-for-memory";

let matchKey: MatchKey;
beforeAll(async () => {
  matchKey = await loadMatchKey();
});
const keyed = (text: string) => ({ text, key: normalizeForMemory(matchKey, text) });
const diff = (query: string, source: string) => diffWithMemory(keyed(query), keyed(source));

describe("diffWithMemory", () => {
  it("shows no difference between scripts", () => {
    expect(diff("隨州市", "随州市")).toEqual([{ kind: "same", text: "隨州市" }]);
  });

  it("shows no difference for widths, case or spacing, in the query's own characters", () => {
    expect(diff("第１批 COVID 名单", "第1批covid名单")).toEqual([{ kind: "same", text: "第１批 COVID 名单" }]);
  });

  it("marks a substituted character as deleted from the query and inserted from memory", () => {
    expect(diff("今天下了大雨。", "今天下了小雨。")).toEqual([
      { kind: "same", text: "今天下了" },
      { kind: "deleted", text: "大" },
      { kind: "inserted", text: "小" },
      { kind: "same", text: "雨。" },
    ]);
  });

  it("shows inserted text in the memory's characters while the rest stays in the query's script", () => {
    expect(diff("隨州市政府", "随州市人民政府")).toEqual([
      { kind: "same", text: "隨州市" },
      { kind: "inserted", text: "人民" },
      { kind: "same", text: "政府" },
    ]);
  });

  it("joins same and deleted parts back into the query exactly, spaces included", () => {
    const query = "  今天 下了大雨，明天晴。 ";
    const parts = diff(query, "今天下了小雨，后天晴。");
    expect(parts.filter((part) => part.kind !== "inserted").map((part) => part.text).join("")).toBe(query);
    expect(parts.filter((part) => part.kind === "inserted").map((part) => part.text)).toEqual(["小", "后"]);
  });

  it("handles an empty side", () => {
    expect(diff("", "你好")).toEqual([{ kind: "inserted", text: "你好" }]);
    expect(diff("你好", "")).toEqual([{ kind: "deleted", text: "你好" }]);
  });
});
