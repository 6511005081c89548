import { describe, expect, it } from "vitest";
import { getDocument } from "./documents";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

async function firstSegmentId(): Promise<number> {
  const id = await buildDocument();
  return (await getDocument({ id })).segments[0].id;
}

const edit = (segmentId: number, baseVersion: number, target: string, clientEditId: string) =>
  saveSegmentTarget({ segmentId, baseVersion, target, status: "draft", clientEditId, author: "test" });

describe("saveSegmentTarget", () => {
  it("saves a target, bumps the version and records every saved text as a revision", async () => {
    const segmentId = await firstSegmentId();
    const first = await edit(segmentId, 0, "Titl", "a1");
    expect(first).toMatchObject({ kind: "saved", segment: { target: "Titl", version: 1, status: "draft" } });
    await edit(segmentId, 1, "Title", "a2");
    const revisions = await findRevisions({ segmentId });
    expect(revisions.map((r) => [r.version, r.target, r.author])).toEqual([
      [2, "Title", "test"],
      [1, "Titl", "test"],
    ]);
  });

  it("refuses a save based on an old version and returns the text saved meanwhile", async () => {
    const segmentId = await firstSegmentId();
    await edit(segmentId, 0, "From tab one", "t1");
    const stale = await edit(segmentId, 0, "From tab two", "t2");
    expect(stale).toMatchObject({ kind: "conflict", current: { target: "From tab one", version: 1 } });
    const revisions = await findRevisions({ segmentId });
    expect(revisions.map((r) => r.target)).toEqual(["From tab one"]);
  });

  it("answers a retried save with its first result instead of applying it twice", async () => {
    const segmentId = await firstSegmentId();
    const first = await edit(segmentId, 0, "Once", "retry-1");
    const again = await edit(segmentId, 0, "Once", "retry-1");
    expect(again).toEqual(first);
    expect(await findRevisions({ segmentId })).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous saves on the same version win", async () => {
    const segmentId = await firstSegmentId();
    const results = await Promise.all([edit(segmentId, 0, "Alice", "c1"), edit(segmentId, 0, "Bob", "c2")]);
    expect(results.map((r) => r.kind).sort()).toEqual(["conflict", "saved"]);
    expect(await findRevisions({ segmentId })).toHaveLength(1);
  });

  it("reports NOT_FOUND for a missing segment", async () => {
    await expect(edit(987654, 0, "x", "n1")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
