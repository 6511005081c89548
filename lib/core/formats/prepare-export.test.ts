import { describe, expect, it } from "vitest";
import type { ConversionOverride } from "../convert/conversion-review-types";
import type { ExportData } from "./export-data";
import { SAMPLE_DATA } from "./__fixtures__/sample-data";
import { prepareExport } from "./prepare-export";
import { writeExport } from "./write-export";

const at = new Date("2025-01-02T03:04:05.000Z");
const OPTIONS = { scope: "all", hasAnnotations: true } as const;

// A Traditional text with the demo's leftovers, and the translator's choices for it.
const DATA: ExportData = {
  ...SAMPLE_DATA,
  document: { ...SAMPLE_DATA.document, script: "hant", title: "隨州市黨員干部" },
  segments: [
    { id: 1, position: 0, kind: "body", source: "黨員干部緊急趕赴社區。", target: "", status: "untranslated", version: 0 },
    { id: 2, position: 1, kind: "body", source: "發生后，干部到崗。", target: "", status: "untranslated", version: 0 },
  ],
  annotations: [{ segmentId: 2, start: 4, end: 6, quote: "干部", gloss: "cadres", note: "", pinyin: "", category: "term" }],
};
const overrides: ConversionOverride[] = [
  { id: 1, documentId: 7, segmentId: null, start: null, from: "干部", to: "幹部", script: "original" },
  { id: 2, documentId: 7, segmentId: 2, start: 2, from: "后", to: "後", script: "original" },
];

describe("prepareExport with conversion overrides", () => {
  it("applies them in every script, to paragraphs, title and quotes; offsets stay on the stored source", async () => {
    for (const script of ["original", "hant"] as const) {
      const data = await prepareExport({ ...DATA, overrides }, { ...OPTIONS, script });
      expect(data.segments.map((segment) => segment.source)).toEqual(["黨員幹部緊急趕赴社區。", "發生後，幹部到崗。"]);
      expect(data.document.title).toBe("隨州市黨員幹部");
      expect(data.annotations[0]).toMatchObject({ start: 4, end: 6, quote: "幹部" });
    }
    const taiwan = await prepareExport({ ...DATA, overrides }, { ...OPTIONS, script: "tw" });
    expect(taiwan.segments[0].source).toMatch(/^黨員幹部緊急/);
    const simplified = await prepareExport({ ...DATA, overrides }, { ...OPTIONS, script: "hans" });
    expect(simplified.segments[1].source).toBe("发生后，干部到岗。");
  });

  it("leaves the text as OpenCC converts it without overrides", async () => {
    const data = await prepareExport(DATA, { ...OPTIONS, script: "original" });
    expect(data.segments[0].source).toBe("黨員干部緊急趕赴社區。");
  });

  it("carries the choice into a written file (XLIFF 2.0)", async () => {
    const data = await prepareExport({ ...DATA, overrides }, { ...OPTIONS, script: "hant" });
    const { body } = await writeExport(data, "xliff20", { textLayout: "target" }, { now: at, toolVersion: "0" });
    expect(String(body)).toContain("黨員幹部緊急");
    expect(String(body)).not.toContain("干部");
  });
});
