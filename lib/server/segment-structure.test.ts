import { describe, expect, it } from "vitest";
import { parseBilingual } from "@/lib/core/formats/parse-bilingual";
import { findAnnotationMarks } from "./annotations";
import { createDocumentFromBilingual } from "./bilingual-import";
import { prisma } from "./db";
import { getDocument } from "./documents";
import { exportDocument } from "./export-document";
import { joinSegments, splitSegment } from "./segment-structure";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

async function documentWith(text: string) {
  const id = await buildDocument(text);
  return { id, segments: (await getDocument({ id })).segments };
}

const annotate = (segmentId: number, start: number, end: number, quote: string) =>
  prisma.annotation.create({ data: { segmentId, start, end, quote, gloss: quote }, select: { id: true } });

describe("splitSegment", () => {
  it("splits in one transaction: positions renumbered, translation split where marked, annotations moved", async () => {
    const { id, segments } = await documentWith("标题\n第一句。𠀀第二句。\n最后一段。");
    const middle = segments[1];
    await saveSegmentTarget({ segmentId: middle.id, baseVersion: 0, target: "First. Second.", status: "translated", clientEditId: "s1", author: "t" });
    await annotate(middle.id, 5, 8, "𠀀第二");
    const { first, second } = await splitSegment({ segmentId: middle.id, baseVersion: 1, at: 4, targetAt: 6, author: "t" });
    expect(first).toMatchObject({ source: "第一句。", target: "First.", status: "draft", version: 2 });
    expect(second).toMatchObject({ source: "𠀀第二句。", target: "Second.", status: "draft", position: 2 });
    const after = (await getDocument({ id })).segments;
    expect(after.map((s) => [s.position, s.source])).toEqual([
      [0, "标题"],
      [1, "第一句。"],
      [2, "𠀀第二句。"],
      [3, "最后一段。"],
    ]);
    expect(await findAnnotationMarks({ documentId: id })).toMatchObject([{ segmentId: second.id, start: 1, end: 4 }]);
    expect((await findRevisions({ segmentId: second.id })).map((r) => [r.kind, r.target])).toEqual([["split", "Second."]]);
    expect((await findRevisions({ segmentId: middle.id }))[0]).toMatchObject({ kind: "split", target: "First." });
  });

  it("refuses a stale version and a split inside an annotation, changing nothing", async () => {
    const { id, segments } = await documentWith("第一句。第二句。");
    await expect(splitSegment({ segmentId: segments[0].id, baseVersion: 5, at: 4, targetAt: null, author: "t" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await annotate(segments[0].id, 3, 5, "。第");
    await expect(splitSegment({ segmentId: segments[0].id, baseVersion: 0, at: 4, targetAt: null, author: "t" })).rejects.toMatchObject({
      code: "SPLIT_INSIDE_ANNOTATION",
    });
    expect((await getDocument({ id })).segments).toMatchObject([{ source: "第一句。第二句。", version: 0 }]);
  });
});

describe("joinSegments", () => {
  it("joins with the next: sources and translations joined, annotations shifted, history kept", async () => {
    const { id, segments } = await documentWith("第一句。\n第二句。\n第三句。");
    const [a, b] = segments;
    await saveSegmentTarget({ segmentId: a.id, baseVersion: 0, target: "First.", status: "reviewed", clientEditId: "j1", author: "t" });
    await saveSegmentTarget({ segmentId: b.id, baseVersion: 0, target: "Second.", status: "translated", clientEditId: "j2", author: "t" });
    await annotate(b.id, 0, 2, "第二");
    const { segment, removedId } = await joinSegments({ segmentId: a.id, baseVersion: 1, nextBaseVersion: 1, author: "t" });
    expect(removedId).toBe(b.id);
    expect(segment).toMatchObject({ source: "第一句。第二句。", target: "First. Second.", status: "translated", version: 2 });
    expect((await getDocument({ id })).segments.map((s) => [s.position, s.source])).toEqual([
      [0, "第一句。第二句。"],
      [1, "第三句。"],
    ]);
    expect(await findAnnotationMarks({ documentId: id })).toMatchObject([{ segmentId: a.id, start: 4, end: 6 }]);
    expect((await findRevisions({ segmentId: a.id })).map((r) => [r.kind, r.target])).toEqual([
      ["join", "First. Second."],
      ["edit", "Second."],
      ["edit", "First."],
    ]);
  });

  it("refuses to join the last paragraph or a stale next one", async () => {
    const { segments } = await documentWith("第一句。\n第二句。");
    await expect(joinSegments({ segmentId: segments[1].id, baseVersion: 0, nextBaseVersion: 0, author: "t" })).rejects.toMatchObject({
      code: "NO_NEXT_SEGMENT",
    });
    await expect(joinSegments({ segmentId: segments[0].id, baseVersion: 0, nextBaseVersion: 3, author: "t" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("inline tags across a split and a join", () => {
  it("a split keeps the markup of both halves' tags; a join renumbers the second's and keeps both markups", async () => {
    const xml = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="t" source-language="zh-CN" target-language="en" datatype="html"><body>
<trans-unit id="1"><source>甲<x id="a"/>乙</source></trans-unit><trans-unit id="2"><source>丙<x id="b"/>丁</source></trans-unit></body></file></xliff>`;
    const { id } = await createDocumentFromBilingual({ parsed: parseBilingual(xml), fileName: "t.xlf" });
    const [one, two] = (await getDocument({ id })).segments;
    await joinSegments({ segmentId: one.id, baseVersion: one.version, nextBaseVersion: two.version, author: "t" });
    const [joined] = (await getDocument({ id })).segments;
    expect(joined.source).toBe("甲\uE001乙丙\uE002丁");
    const { second } = await splitSegment({ segmentId: joined.id, baseVersion: joined.version, at: 3, targetAt: null, author: "t" });
    expect(second.source).toBe("丙\uE002丁");
    const body = (await exportDocument({ documentId: id, format: "xliff12" })).body as string;
    expect(body).toContain('<source>甲<x id="a"/>乙</source>');
    expect(body).toContain('<source>丙<x id="b"/>丁</source>');
  });
});
