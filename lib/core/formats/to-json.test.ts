import { describe, expect, it } from "vitest";
import { toJson } from "./to-json";

describe("toJson", () => {
  it("writes segments in order with 1-based indexes and no database fields", () => {
    const now = new Date();
    const json = toJson({
      id: 7, title: "标题", encoding: "utf-8", script: "hans", sourceLang: "zh-Hans", targetLang: "en",
      sourceUrl: "https://example.com/post", note: "scraped", createdAt: now, updatedAt: now,
      segments: [
        { id: 31, position: 0, kind: "heading", source: "标题", target: "Title", status: "translated", version: 2 },
        { id: 32, position: 1, kind: "body", source: "正文。", target: "", status: "untranslated", version: 0 },
      ],
    });
    expect(json).toEqual({
      id: 7,
      title: "标题",
      sourceUrl: "https://example.com/post",
      note: "scraped",
      segments: [
        { index: 1, kind: "heading", source: "标题", target: "Title", status: "translated" },
        { index: 2, kind: "body", source: "正文。", target: "", status: "untranslated" },
      ],
    });
  });
});
