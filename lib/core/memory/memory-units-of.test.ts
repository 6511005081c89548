import { describe, expect, it } from "vitest";
import type { MemoryOrigin } from "./memory-types";
import { memoryUnitsOf } from "./memory-units-of";

const origin: MemoryOrigin = { kind: "document", documentId: 1, documentTitle: "通知", segmentId: 7, position: 3 };
const summary = (units: ReturnType<typeof memoryUnitsOf>) => units.map((u) => [u.id, u.level, u.source, u.target]);

describe("memoryUnitsOf", () => {
  it("gives the paragraph and its aligned sentences", () => {
    const units = memoryUnitsOf({ group: "seg:7", source: "今天下雨。我们在家。", target: "It rained today. We stayed home.", origin });
    expect(summary(units)).toEqual([
      ["seg:7:p", "paragraph", "今天下雨。我们在家。", "It rained today. We stayed home."],
      ["seg:7:s0", "sentence", "今天下雨。", "It rained today."],
      ["seg:7:s1", "sentence", "我们在家。", "We stayed home."],
    ]);
    expect(units.every((u) => u.group === "seg:7" && u.origin === origin)).toBe(true);
  });

  it("gives the paragraph only when the sentence counts differ", () => {
    const units = memoryUnitsOf({ group: "g", source: "今天下雨，我们在家。明天出门。", target: "It rained, so we stayed home; tomorrow we go out.", origin });
    expect(summary(units)).toEqual([["g:p", "paragraph", "今天下雨，我们在家。明天出门。", "It rained, so we stayed home; tomorrow we go out."]]);
  });

  it("gives the paragraph only for a single sentence", () => {
    expect(summary(memoryUnitsOf({ group: "g", source: "你好。", target: "Hello.", origin }))).toEqual([["g:p", "paragraph", "你好。", "Hello."]]);
  });

  it("gives nothing for an untranslated paragraph", () => {
    expect(memoryUnitsOf({ group: "g", source: "你好。", target: " ", origin })).toEqual([]);
  });
});
