import { describe, expect, it } from "vitest";
import { getDocument } from "./documents";
import { createTerm } from "./glossary";
import { findQaIgnores, ignoreQaFinding, runDocumentQa, unignoreQaFinding } from "./qa";
import { saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

async function translated(text: string, targets: string[]): Promise<{ documentId: number; ids: number[] }> {
  const documentId = await buildDocument(text);
  const { segments } = await getDocument({ id: documentId });
  for (const [i, target] of targets.entries()) {
    await saveSegmentTarget({ segmentId: segments[i].id, baseVersion: 0, target, status: "translated", clientEditId: `e${i}`, author: "test" });
  }
  return { documentId, ids: segments.map((segment) => segment.id) };
}

describe("document QA", () => {
  it("reports glossary issues per paragraph in document order, with the paragraph's number", async () => {
    const { documentId, ids } = await translated("城管来了。\n天气很好。\n城管走了。", ["The chengguan came.", "Fine weather.", "Urban management left."]);
    await createTerm({ source: "城管", target: "urban management", note: "", usage: "preferred", documentId });
    const qa = await runDocumentQa({ documentId });
    const glossary = qa.map((paragraph) => ({ ...paragraph, findings: paragraph.findings.filter((finding) => finding.check === "glossary") })).filter((p) => p.findings.length);
    expect(glossary).toMatchObject([{ segmentId: ids[0], n: 1, findings: [{ check: "glossary", isIgnored: false, params: { source: "城管", target: "urban management" } }] }]);
  });

  it("runs the paragraph checks: a wrong number is reported, the right one is not", async () => {
    const { documentId, ids } = await translated("感染人數達2萬余人次。\n共有15名護士。", ["More than 2,000 people were infected.", "There were 15 nurses."]);
    const qa = await runDocumentQa({ documentId });
    expect(qa.map((p) => p.segmentId)).toEqual([ids[0]]);
    expect(qa[0].findings).toMatchObject([{ check: "numbers", code: "numbers.mismatch", isIgnored: false }]);
  });

  it("remembers an ignored warning per paragraph: flagged, not dropped, and un-ignored again", async () => {
    const { documentId, ids } = await translated("城管来了。", ["The chengguan came."]);
    await createTerm({ source: "城管", target: "urban management", note: "", usage: "preferred", documentId });
    const finding = (await runDocumentQa({ documentId }))[0].findings.find((f) => f.check === "glossary")!;
    await ignoreQaFinding({ segmentId: ids[0], key: finding.key });
    await ignoreQaFinding({ segmentId: ids[0], key: finding.key });
    expect(await findQaIgnores({ documentId })).toEqual([{ segmentId: ids[0], key: finding.key }]);
    expect((await runDocumentQa({ documentId }))[0].findings.find((f) => f.key === finding.key)).toMatchObject({ isIgnored: true });
    await unignoreQaFinding({ segmentId: ids[0], key: finding.key });
    expect(await findQaIgnores({ documentId })).toEqual([]);
    await expect(ignoreQaFinding({ segmentId: 999_999, key: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an ignored warning goes with its paragraph's document", async () => {
    const { documentId, ids } = await translated("一。\n二。", []);
    const other = await translated("三。", []);
    await ignoreQaFinding({ segmentId: ids[1], key: "numbers:1" });
    expect(await findQaIgnores({ documentId })).toEqual([{ segmentId: ids[1], key: "numbers:1" }]);
    expect(await findQaIgnores({ documentId: other.documentId })).toEqual([]);
  });
});
