import { describe, expect, it } from "vitest";
import { loadPlan, TO_SIMPLIFIED } from "../convert/load-view-converter";
import { buildPrompt } from "./build-prompt";
import type { MtRequest } from "./mt-types";
import { sourceForMt } from "./source-for-mt";

const request: MtRequest = {
  source: "這個軟體由臺灣開發。",
  terms: [
    { source: "軟體", target: "software", usage: "preferred", note: "" },
    { source: "軟體", target: "soft body", usage: "forbidden", note: "never" },
  ],
  // 臺灣 at code points 5..7
  annotations: [{ start: 5, end: 7, gloss: "Taiwan", note: "the island", category: "place" }],
  previous: "前一段。",
  next: "後一段。",
  styleNote: "Plain US English.",
};

describe("buildPrompt", () => {
  it("carries the glossary with forbidden renderings, the notes, the context and the style note", async () => {
    const sent = sourceForMt(request, "original", await loadPlan(TO_SIMPLIFIED));
    const [system, user] = buildPrompt(sent);
    expect(system.role).toBe("system");
    expect(user.content).toContain("STYLE NOTE FOR THIS DOCUMENT:\nPlain US English.");
    expect(user.content).toContain("- 軟體 → software");
    expect(user.content).toContain('- 軟體 → never "soft body" (never)');
    expect(user.content).toContain("- 臺灣 (place): Taiwan — the island");
    expect(user.content).toContain("PREVIOUS PARAGRAPH (context only):\n前一段。");
    expect(user.content).toContain("NEXT PARAGRAPH (context only):\n後一段。");
    expect(user.content.endsWith("PARAGRAPH:\n這個軟體由臺灣開發。")).toBe(true);
  });

  it("sends Simplified when asked, the annotation's offsets moved through the conversion map", async () => {
    const toSimplified = await loadPlan(TO_SIMPLIFIED);
    const sent = sourceForMt({ ...request, source: "𠀀這個軟體由臺灣開發。", annotations: [{ ...request.annotations[0], start: 6, end: 8 }] }, "hans", toSimplified);
    expect(sent.source).toBe("𠀀这个软体由台湾开发。");
    expect(sent.annotations[0]).toMatchObject({ quote: "台湾" });
    expect(sent.terms[0].source).toBe("软体");
    expect(sent.previous).toBe("前一段。");
    expect(buildPrompt(sent)[1].content).toContain("- 台湾 (place): Taiwan — the island");
  });

  it("leaves out empty sections", async () => {
    const sent = sourceForMt({ source: "你好", terms: [], annotations: [], previous: "", next: "", styleNote: " " }, "original", await loadPlan(TO_SIMPLIFIED));
    expect(buildPrompt(sent)[1].content).toBe("PARAGRAPH:\n你好");
  });
});
