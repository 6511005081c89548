import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prisma } from "./db";
import { createConversionOverride, deleteConversionOverride, findConversionFindings, findConversionOverrides } from "./conversion-review";
import { getDocument } from "./documents";
import { exportDocument } from "./export-document";
import { buildDocument } from "./testing/builders";

const SAMPLE = readFileSync("samples/demo-forum-page.txt", "utf8");

describe("conversion review", () => {
  it("finds the demo's leftovers (干部 采購 后 于 余) with their Traditional forms and a dictionary sense", async () => {
    const documentId = await buildDocument(SAMPLE, "Demo");
    const paragraphs = await findConversionFindings({ documentId, view: "hant" });
    const findings = paragraphs.flatMap((paragraph) => paragraph.findings);
    const offered = (source: string) => findings.find((finding) => finding.source === source)?.options[0];
    expect(offered("干部")).toEqual({ text: "幹部", hint: expect.stringContaining("cadre") });
    expect(offered("采購")?.text).toBe("採購");
    expect(offered("后")?.text).toBe("後");
    expect(findings.some((finding) => (finding.source ?? "").includes("于") && finding.options[0].text.includes("於"))).toBe(true);
    expect(findings.some((finding) => (finding.source ?? "").includes("余") && finding.options[0].text.includes("餘"))).toBe(true);
    expect(findings.every((finding) => finding.kind === "leftover")).toBe(true);
  });

  it("stores a document-wide choice, applies it in views and exports, and removes it again; the source stays", async () => {
    const documentId = await buildDocument("隨州市黨員干部緊急趕赴社區。\n這些干部與皇后。", "Overrides");
    const [first, second] = (await getDocument({ id: documentId })).segments;
    const overrides = await createConversionOverride({ documentId, segmentId: null, start: null, from: "干部", to: "幹部", script: "original" });
    expect(overrides).toMatchObject([{ from: "干部", to: "幹部", segmentId: null }]);
    const [after] = await findConversionFindings({ documentId, view: "hant" });
    expect(after.findings[0]).toMatchObject({ shown: "幹部", overrideId: overrides[0].id });
    for (const script of ["original", "hant", "tw"] as const) {
      const { body } = await exportDocument({ documentId, format: "txt", options: { script, textLayout: "interleaved" } });
      expect(String(body)).toContain("黨員幹部緊急");
      expect(String(body)).toContain("幹部與皇后");
    }
    const simplified = await exportDocument({ documentId, format: "txt", options: { script: "hans", textLayout: "interleaved" } });
    expect(String(simplified.body)).toContain("党员干部紧急");
    expect((await getDocument({ id: documentId })).segments.map((s) => s.source)).toEqual([first.source, second.source]);
    expect(await deleteConversionOverride({ id: overrides[0].id, documentId })).toEqual([]);
    await expect(deleteConversionOverride({ id: overrides[0].id, documentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps a one-occurrence choice to its place, replaces an earlier choice there, and refuses a wrong place", async () => {
    const documentId = await buildDocument("這些干部和干部。", "One");
    const [segment] = (await getDocument({ id: documentId })).segments;
    await createConversionOverride({ documentId, segmentId: segment.id, start: 5, from: "干部", to: "乾部", script: "original" });
    const overrides = await createConversionOverride({ documentId, segmentId: segment.id, start: 5, from: "干部", to: "幹部", script: "original" });
    expect(overrides).toHaveLength(1);
    const { body } = await exportDocument({ documentId, format: "txt", options: { script: "original", textLayout: "interleaved" } });
    expect(String(body)).toContain("這些干部和幹部。");
    await expect(createConversionOverride({ documentId, segmentId: segment.id, start: 3, from: "干部", to: "幹部", script: "original" })).rejects.toMatchObject({
      code: "INVALID_OVERRIDE",
    });
    await expect(createConversionOverride({ documentId, segmentId: null, start: null, from: "", to: "幹", script: "original" })).rejects.toMatchObject({
      code: "INVALID_OVERRIDE",
    });
    await prisma.document.delete({ where: { id: documentId } });
    expect(await findConversionOverrides({ documentId })).toEqual([]);
  });
});
