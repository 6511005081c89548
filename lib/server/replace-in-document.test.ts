import { describe, expect, it } from "vitest";
import { applyBatch, undoBatch } from "./batch-edits";
import { getDocument } from "./documents";
import { replaceInDocument } from "./replace-in-document";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

const QUERY = { find: "Zhang (San|Wei)", replace: "张$1", isRegex: true, isWholeWord: false, isCaseSensitive: true };
const TARGETS = ["Zhang San came.", "Zhang Wei left.", "Nobody here.", "Zhang San again."];

/** A document whose four paragraphs are translated, each at version 1. */
async function translated() {
  const id = await buildDocument("第一段。\n第二段。\n第三段。\n第四段。");
  const { segments } = await getDocument({ id });
  for (const [i, segment] of segments.entries()) {
    await saveSegmentTarget({ segmentId: segment.id, baseVersion: 0, target: TARGETS[i], status: "translated", clientEditId: `t${segment.id}`, author: "web" });
  }
  return { id, segments: (await getDocument({ id })).segments };
}

const previewed = (segments: { id: number; version: number }[]) => segments.map((s) => ({ segmentId: s.id, version: s.version }));
const targets = async (id: number) => (await getDocument({ id })).segments.map((s) => s.target);

describe("replaceInDocument", () => {
  it("replaces in the previewed paragraphs as one batch with revisions, from the stored text, and undo puts everything back", async () => {
    const { id, segments } = await translated();
    const result = await replaceInDocument({ documentId: id, query: QUERY, scope: { kind: "all" }, paragraphs: previewed(segments.slice(0, 3)), author: "web" });
    expect(result.applied.map((s) => [s.target, s.status, s.version])).toEqual([
      ["张San came.", "translated", 2],
      ["张Wei left.", "translated", 2],
    ]);
    expect(result.skipped).toEqual([]);
    // The fourth paragraph was left out of the preview (unticked): it keeps its text.
    expect(await targets(id)).toEqual(["张San came.", "张Wei left.", "Nobody here.", "Zhang San again."]);
    expect((await findRevisions({ segmentId: segments[0].id }))[0]).toMatchObject({ kind: "replace", target: "张San came.", version: 2 });

    const undo = await undoBatch({ documentId: id, batchId: result.batchId!, author: "web" });
    expect(undo.applied).toHaveLength(2);
    expect(await targets(id)).toEqual(TARGETS);
    expect((await getDocument({ id })).segments[0]).toMatchObject({ status: "translated", version: 3 });
  });

  it("skips a paragraph saved after the preview and a locked one, and says why", async () => {
    const { id, segments } = await translated();
    await saveSegmentTarget({ segmentId: segments[0].id, baseVersion: 1, target: "Zhang San came back.", status: "translated", clientEditId: "later", author: "other tab" });
    await applyBatch({ documentId: id, kind: "lock", author: "web", changes: [{ segmentId: segments[1].id, baseVersion: 1, locked: true }] });
    const result = await replaceInDocument({ documentId: id, query: QUERY, scope: { kind: "all" }, paragraphs: previewed([segments[0], { ...segments[1], version: 2 }, segments[3]]), author: "web" });
    expect(result.applied.map((s) => s.target)).toEqual(["张San again."]);
    expect(result.skipped).toEqual([
      { segmentId: segments[0].id, reason: "changed" },
      { segmentId: segments[1].id, reason: "locked" },
    ]);
    expect(await targets(id)).toEqual(["Zhang San came back.", "Zhang Wei left.", "Nobody here.", "张San again."]);
  });

  it("refuses another document's paragraphs and never takes a text from the client", async () => {
    const { id } = await translated();
    const other = await translated();
    const result = await replaceInDocument({ documentId: id, query: QUERY, scope: { kind: "all" }, paragraphs: previewed(other.segments), author: "web" });
    expect(result).toEqual({ batchId: null, applied: [], skipped: other.segments.map((s) => ({ segmentId: s.id, reason: "missing" })) });
    expect(await targets(other.id)).toEqual(TARGETS);
  });

  it("refuses a bad expression and changes nothing", async () => {
    const { id, segments } = await translated();
    await expect(replaceInDocument({ documentId: id, query: { ...QUERY, find: "x*" }, scope: { kind: "all" }, paragraphs: previewed(segments), author: "web" })).rejects.toMatchObject({
      code: "REGEX_EMPTY_MATCH",
    });
    expect(await targets(id)).toEqual(TARGETS);
  });
});
