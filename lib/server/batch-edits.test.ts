import { describe, expect, it } from "vitest";
import { applyBatch, undoBatch } from "./batch-edits";
import { getDocument } from "./documents";
import { joinSegments } from "./segment-structure";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

async function threeParagraphs() {
  const id = await buildDocument("第一段。\n第二段。\n第三段。");
  return { id, segments: (await getDocument({ id })).segments };
}

describe("applyBatch", () => {
  it("changes many paragraphs at once, each recorded as a revision of the batch, and leaves those changed since", async () => {
    const { id, segments } = await threeParagraphs();
    await saveSegmentTarget({ segmentId: segments[1].id, baseVersion: 0, target: "Saved meanwhile.", status: "draft", clientEditId: "m1", author: "web" });
    const result = await applyBatch({
      documentId: id,
      kind: "replace",
      author: "web",
      changes: segments.map((s) => ({ segmentId: s.id, baseVersion: 0, target: `Batch ${s.position}.`, status: "draft" as const })),
    });
    expect(result.applied.map((s) => [s.position, s.target, s.version])).toEqual([
      [0, "Batch 0.", 1],
      [2, "Batch 2.", 1],
    ]);
    expect(result.skipped).toEqual([{ segmentId: segments[1].id, reason: "changed" }]);
    expect((await findRevisions({ segmentId: segments[0].id }))[0]).toMatchObject({ kind: "replace", target: "Batch 0.", version: 1 });
  });

  it("refuses paragraphs of another document: the document, not the ids sent, decides", async () => {
    const { id } = await threeParagraphs();
    const other = await threeParagraphs();
    const result = await applyBatch({ documentId: id, kind: "status", author: "web", changes: [{ segmentId: other.segments[0].id, baseVersion: 0, status: "translated" }] });
    expect(result).toEqual({ batchId: null, applied: [], skipped: [{ segmentId: other.segments[0].id, reason: "missing" }] });
    expect((await getDocument({ id: other.id })).segments[0].status).toBe("untranslated");
  });

  it("locks a paragraph against every save, split and batch until it is unlocked, keeping the refused text", async () => {
    const { id, segments } = await threeParagraphs();
    const [first, second] = segments;
    await saveSegmentTarget({ segmentId: first.id, baseVersion: 0, target: "Reviewed.", status: "reviewed", clientEditId: "r1", author: "web" });
    const lock = await applyBatch({ documentId: id, kind: "lock", author: "web", changes: [{ segmentId: first.id, baseVersion: 1, locked: true }] });
    expect(lock.applied[0]).toMatchObject({ locked: true, version: 2 });

    const save = await saveSegmentTarget({ segmentId: first.id, baseVersion: 2, target: "Changed after review.", status: "reviewed", clientEditId: "r2", author: "web" });
    expect(save).toMatchObject({ kind: "conflict", current: { target: "Reviewed.", locked: true } });
    expect((await findRevisions({ segmentId: first.id }))[0]).toMatchObject({ kind: "refused", target: "Changed after review." });
    await expect(joinSegments({ segmentId: first.id, baseVersion: 2, nextBaseVersion: second.version, author: "web" })).rejects.toMatchObject({ code: "SEGMENT_LOCKED" });
    const replace = await applyBatch({ documentId: id, kind: "replace", author: "web", changes: [{ segmentId: first.id, baseVersion: 2, target: "x" }] });
    expect(replace.skipped).toEqual([{ segmentId: first.id, reason: "locked" }]);

    const unlock = await applyBatch({ documentId: id, kind: "unlock", author: "web", changes: [{ segmentId: first.id, baseVersion: 2, locked: false }] });
    expect(unlock.applied[0]).toMatchObject({ locked: false, version: 3 });
    expect((await findRevisions({ segmentId: first.id })).map((r) => r.kind)).toEqual(["unlock", "refused", "lock", "edit"]);
  });
});

describe("undoBatch", () => {
  it("puts back every paragraph nobody changed since, keeps later work, and undoes once", async () => {
    const { id, segments } = await threeParagraphs();
    const batch = await applyBatch({
      documentId: id,
      kind: "replace",
      author: "web",
      changes: segments.map((s) => ({ segmentId: s.id, baseVersion: 0, target: `Batch ${s.position}.`, status: "draft" as const, origin: "tm:90" })),
    });
    await saveSegmentTarget({ segmentId: segments[2].id, baseVersion: 1, target: "Edited after the batch.", status: "translated", clientEditId: "e1", author: "web" });

    const undo = await undoBatch({ documentId: id, batchId: batch.batchId!, author: "web" });
    expect(undo.applied.map((s) => [s.position, s.target, s.status, s.origin, s.version])).toEqual([
      [0, "", "untranslated", "", 2],
      [1, "", "untranslated", "", 2],
    ]);
    expect(undo.skipped).toEqual([{ segmentId: segments[2].id, reason: "changed" }]);
    expect((await getDocument({ id })).segments[2].target).toBe("Edited after the batch.");
    expect((await findRevisions({ segmentId: segments[0].id }))[0]).toMatchObject({ kind: "undo", target: "" });
    await expect(undoBatch({ documentId: id, batchId: batch.batchId!, author: "web" })).rejects.toMatchObject({ code: "BATCH_UNDONE" });
  });

  it("does not undo another document's batch", async () => {
    const { id, segments } = await threeParagraphs();
    const other = await threeParagraphs();
    const batch = await applyBatch({ documentId: id, kind: "status", author: "web", changes: [{ segmentId: segments[0].id, baseVersion: 0, target: "x", status: "draft" }] });
    await expect(undoBatch({ documentId: other.id, batchId: batch.batchId!, author: "web" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
