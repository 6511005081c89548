import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/core/errors";
import { prisma } from "./db";
import { deleteDocument, findDocumentTitle, findDocuments, getDocument } from "./documents";
import { saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

describe("documents", () => {
  it("stores the raw source unchanged and the paragraphs in order", async () => {
    const raw = "　标题\r\n\r\n第一段。  \n第二段。\n";
    const id = await buildDocument(raw, "Raw test");
    const document = await getDocument({ id });
    expect(document.title).toBe("Raw test");
    expect(document.script).toBe("hans");
    expect(document.sourceLang).toBe("zh-Hans");
    expect(document.segments.map((s) => [s.position, s.kind, s.source, s.status])).toEqual([
      [0, "heading", "标题", "untranslated"],
      [1, "body", "第一段。", "untranslated"],
      [2, "body", "第二段。", "untranslated"],
    ]);
    const stored = await prisma.document.findUniqueOrThrow({ where: { id }, select: { raw: true, encoding: true } });
    expect(stored).toEqual({ raw, encoding: "utf-8" });
  });

  it("lists documents with their progress, most recently changed first", async () => {
    const older = await buildDocument("一。\n二。\n三。\n四。", "Older");
    const newer = await buildDocument("五。", "Newer");
    const [first] = (await getDocument({ id: older })).segments;
    await saveSegmentTarget({
      segmentId: first.id, baseVersion: 0, target: "One.", status: "translated", clientEditId: "e1", author: "test",
    });
    const list = await findDocuments();
    const ids = list.map((d) => d.id);
    expect(ids.indexOf(older)).toBeLessThan(ids.indexOf(newer));
    expect(list.find((d) => d.id === older)?.progress).toEqual({ total: 4, translated: 1, percent: 25 });
    expect(list.find((d) => d.id === newer)?.progress).toEqual({ total: 1, translated: 0, percent: 0 });
  });

  it("finds a document's title for a link back to it, and nothing for an id without a document", async () => {
    const id = await buildDocument("一。", "Linked <title>");
    expect(await findDocumentTitle({ id })).toEqual({ id, title: "Linked <title>" });
    await deleteDocument({ id });
    expect(await findDocumentTitle({ id })).toBeNull();
  });

  it("deletes a document with its segments, revisions, annotations and terms", async () => {
    const id = await buildDocument();
    const [segment] = (await getDocument({ id })).segments;
    await saveSegmentTarget({ segmentId: segment.id, baseVersion: 0, target: "Title", status: "draft", clientEditId: "d1", author: "t" });
    await prisma.annotation.create({ data: { segmentId: segment.id, start: 0, end: 2, quote: "标题", gloss: "title" } });
    await prisma.term.create({ data: { documentId: id, source: "标题", target: "title" } });
    await deleteDocument({ id });
    await expect(getDocument({ id })).rejects.toThrow(DomainError);
    expect(await prisma.segment.count({ where: { documentId: id } })).toBe(0);
    expect(await prisma.revision.count({ where: { segmentId: segment.id } })).toBe(0);
    expect(await prisma.annotation.count({ where: { segmentId: segment.id } })).toBe(0);
    expect(await prisma.term.count({ where: { documentId: id } })).toBe(0);
  });

  it("reports NOT_FOUND for a missing document", async () => {
    await expect(getDocument({ id: 987654 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteDocument({ id: 987654 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps global glossary terms when a document is deleted", async () => {
    const id = await buildDocument();
    const term = await prisma.term.create({ data: { source: "城管", target: "urban management", usage: "preferred" } });
    await deleteDocument({ id });
    expect(await prisma.term.findUnique({ where: { id: term.id } })).not.toBeNull();
  });
});
