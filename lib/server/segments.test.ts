import { describe, expect, it } from "vitest";
import { getDocument } from "./documents";
import { findSegments, findSegmentVersions } from "./segment-versions";
import { findRevisions, keepRefusedText, restoreRevision, saveSegmentTarget } from "./segments";
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

  it("refuses a save based on an old version, returns the text saved meanwhile and keeps the refused text", async () => {
    const segmentId = await firstSegmentId();
    await edit(segmentId, 0, "From tab one", "t1");
    const stale = await edit(segmentId, 0, "From tab two", "t2");
    expect(stale).toMatchObject({ kind: "conflict", current: { target: "From tab one", version: 1 } });
    const revisions = await findRevisions({ segmentId });
    expect(revisions.map((r) => [r.kind, r.target, r.version])).toEqual([
      ["refused", "From tab two", 1],
      ["edit", "From tab one", 1],
    ]);
  });

  it("answers a retried refused save with the conflict again, never with success", async () => {
    const segmentId = await firstSegmentId();
    await edit(segmentId, 0, "Winner", "w1");
    await edit(segmentId, 0, "Loser", "l1");
    expect(await edit(segmentId, 0, "Loser", "l1")).toMatchObject({ kind: "conflict", current: { target: "Winner" } });
    expect(await findRevisions({ segmentId })).toHaveLength(2);
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
    const revisions = await findRevisions({ segmentId });
    expect(revisions.map((r) => r.kind).sort()).toEqual(["edit", "refused"]);
  });

  it("restores an earlier text as a new, versioned save", async () => {
    const segmentId = await firstSegmentId();
    await edit(segmentId, 0, "First try", "r1");
    await edit(segmentId, 1, "Second try", "r2");
    const [, first] = await findRevisions({ segmentId });
    const restored = await restoreRevision({ segmentId, revisionId: first.id, baseVersion: 2, clientEditId: "r3", author: "test" });
    expect(restored).toMatchObject({ kind: "saved", segment: { target: "First try", version: 3 } });
    expect((await findRevisions({ segmentId })).map((r) => [r.kind, r.target])).toEqual([
      ["restore", "First try"],
      ["edit", "Second try"],
      ["edit", "First try"],
    ]);
    const stale = await restoreRevision({ segmentId, revisionId: first.id, baseVersion: 2, clientEditId: "r4", author: "test" });
    expect(stale.kind).toBe("conflict");
  });

  it("restores only a revision of the same segment", async () => {
    const segmentId = await firstSegmentId();
    await edit(segmentId, 0, "Mine", "o1");
    const [revision] = await findRevisions({ segmentId });
    await expect(
      restoreRevision({ segmentId: segmentId + 1, revisionId: revision.id, baseVersion: 0, clientEditId: "o2", author: "test" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports NOT_FOUND for a missing segment", async () => {
    await expect(edit(987654, 0, "x", "n1")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("keepRefusedText", () => {
  it("keeps a text set aside in a conflict as a refused revision, once, without changing the segment", async () => {
    const segmentId = await firstSegmentId();
    await edit(segmentId, 0, "Their text", "k1");
    const keep = () => keepRefusedText({ segmentId, target: "Typed after the conflict", status: "draft", clientEditId: "k2", author: "test" });
    expect(await keep()).toMatchObject({ target: "Their text", version: 1 });
    expect(await keep()).toMatchObject({ target: "Their text", version: 1 });
    expect((await findRevisions({ segmentId })).map((r) => [r.kind, r.target, r.version])).toEqual([
      ["refused", "Typed after the conflict", 1],
      ["edit", "Their text", 1],
    ]);
  });

  it("reports NOT_FOUND for a missing segment", async () => {
    await expect(keepRefusedText({ segmentId: 987654, target: "x", status: "draft", clientEditId: "k3", author: "test" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("findSegmentVersions and findSegments", () => {
  it("lists each paragraph's version and reads the changed ones of that document only", async () => {
    const documentId = await buildDocument();
    const other = await buildDocument();
    const { segments } = await getDocument({ id: documentId });
    await edit(segments[1].id, 0, "Saved elsewhere", "v1");
    expect(await findSegmentVersions({ documentId })).toEqual(segments.map((s, i) => [s.id, i === 1 ? 1 : 0]));
    const otherId = (await getDocument({ id: other })).segments[0].id;
    const found = await findSegments({ documentId, ids: [segments[1].id, otherId] });
    expect(found).toEqual([{ ...segments[1], target: "Saved elsewhere", status: "draft", version: 1 }]);
  });

  it("reports NOT_FOUND for a missing document", async () => {
    await expect(findSegmentVersions({ documentId: 987654 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
