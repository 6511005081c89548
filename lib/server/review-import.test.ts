import { describe, expect, it } from "vitest";
import { parseReviewFile } from "@/lib/core/formats/parse-review-file";
import { editReviewDocx, editReviewXlsx, type ReviewEdit } from "@/lib/core/testing/edit-review-file";
import { createAnnotation, findAnnotationMarks } from "./annotations";
import { prisma } from "./db";
import { getDocument } from "./documents";
import { exportDocument } from "./export-document";
import { importReview } from "./review-import";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

async function translatedDocument(): Promise<{ id: number; segments: { id: number; version: number }[] }> {
  const id = await buildDocument("一。\n二。\n三。");
  const segments = (await getDocument({ id })).segments;
  for (const [i, segment] of segments.slice(0, 2).entries()) {
    await saveSegmentTarget({ segmentId: segment.id, baseVersion: 0, target: `Text ${i + 1}.`, status: "translated", clientEditId: `t${i}`, author: "test" });
  }
  return { id, segments: (await getDocument({ id })).segments };
}

const EDITORS = {
  docx: async (bytes: Uint8Array, edits: ReviewEdit[]) => editReviewDocx(bytes, edits),
  xlsx: editReviewXlsx,
};

async function reviewed(documentId: number, format: "docx" | "xlsx", edits: (ids: string[]) => ReviewEdit[]) {
  const file = (await exportDocument({ documentId, format: `review-${format}` })).body as Uint8Array;
  const ids = (await getDocument({ id: documentId })).segments.map((segment) => `s${segment.id}`);
  return parseReviewFile(await EDITORS[format](file, edits(ids)));
}

const snapshot = async (documentId: number) => ({
  segments: (await getDocument({ id: documentId })).segments,
  revisions: await prisma.revision.count({ where: { segment: { documentId } } }),
  annotations: await prisma.annotation.count({ where: { segment: { documentId } } }),
});

describe.each(["docx", "xlsx"] as const)("importing a review %s", (format) => {
  it("saves a changed target as a revision by review, applies a status, and keeps a comment as the paragraph's note", async () => {
    const { id, segments } = await translatedDocument();
    const review = await reviewed(id, format, ([, second, third]) => [
      { id: second, target: "Text 2, reviewed.", status: "reviewed", comment: "Tighter wording." },
      { id: third, target: "Text 3." },
    ]);
    const summary = await importReview({ documentId: id, review });
    expect(summary).toEqual({ changed: 2, changedParagraphs: [2, 3], unchanged: 1, unmatched: 0, conflicts: 0, conflictParagraphs: [], notes: 1 });
    const after = (await getDocument({ id })).segments;
    expect(after.map(({ target, status }) => ({ target, status }))).toEqual([
      { target: "Text 1.", status: "translated" },
      { target: "Text 2, reviewed.", status: "reviewed" },
      { target: "Text 3.", status: "draft" },
    ]);
    expect((await findRevisions({ segmentId: segments[1].id }))[0]).toMatchObject({ author: "review", kind: "edit", target: "Text 2, reviewed.", version: segments[1].version + 1 });
    expect(await findAnnotationMarks({ documentId: id })).toMatchObject([{ segmentId: segments[1].id, start: 0, end: 2, note: "Tighter wording.", gloss: "" }]);
  });

  it("changes nothing for a file as exported, and nothing when the same file comes back twice", async () => {
    const { id } = await translatedDocument();
    await createAnnotation({ segmentId: (await getDocument({ id })).segments[0].id, start: 0, end: 2, gloss: "", note: "A note.", pinyin: "", category: "other" });
    const before = await snapshot(id);
    expect(await importReview({ documentId: id, review: await reviewed(id, format, () => []) })).toMatchObject({ changed: 0, unchanged: 3, notes: 0 });
    expect(await snapshot(id)).toEqual(before);
    const review = await reviewed(id, format, ([first]) => [{ id: first, target: "Once." }]);
    await importReview({ documentId: id, review });
    const once = await snapshot(id);
    expect(await importReview({ documentId: id, review })).toMatchObject({ changed: 0, conflicts: 0 });
    expect(await snapshot(id)).toEqual(once);
  });

  it("keeps a target edited in Duizhao since the export; the reviewer's text is in the history as refused", async () => {
    const { id, segments } = await translatedDocument();
    const review = await reviewed(id, format, ([first, second]) => [
      { id: first, target: "Reviewer's text." },
      { id: second, comment: "Fine." },
    ]);
    await saveSegmentTarget({ segmentId: segments[0].id, baseVersion: segments[0].version, target: "Newer in Duizhao.", status: "translated", clientEditId: "web", author: "web" });
    expect(await importReview({ documentId: id, review })).toMatchObject({ changed: 0, conflicts: 1, conflictParagraphs: [1], notes: 1 });
    expect((await getDocument({ id })).segments[0].target).toBe("Newer in Duizhao.");
    const [refused] = await findRevisions({ segmentId: segments[0].id });
    expect(refused).toMatchObject({ kind: "refused", author: "review", target: "Reviewer's text." });
  });

  it.each([
    ["an edited id", (ids: string[]) => [{ id: ids[0], newId: "s999999" }], "REVIEW_UNKNOWN_ID"],
    ["a duplicated id", (ids: string[]) => [{ id: ids[1], newId: ids[0] }], "REVIEW_DUPLICATE_ID"],
    ["an unknown status", (ids: string[]) => [{ id: ids[0], target: "Changed.", status: "done" }], "REVIEW_INVALID_STATUS"],
  ])("refuses a file with %s and changes nothing", async (_name, edits, code) => {
    const { id } = await translatedDocument();
    const review = await reviewed(id, format, (ids) => [{ id: ids[2], target: "Would change.", comment: "Would note." }, ...edits(ids)]);
    const before = await snapshot(id);
    await expect(importReview({ documentId: id, review })).rejects.toMatchObject({ code });
    expect(await snapshot(id)).toEqual(before);
  });

  it("refuses a file of another document and changes nothing", async () => {
    const { id } = await translatedDocument();
    const other = await translatedDocument();
    const review = await reviewed(other.id, format, (ids) => [{ id: ids[0], target: "Elsewhere." }]);
    const before = await snapshot(id);
    await expect(importReview({ documentId: id, review })).rejects.toMatchObject({ code: "REVIEW_OTHER_DOCUMENT", params: { documentId: other.id } });
    expect(await snapshot(id)).toEqual(before);
  });
});
