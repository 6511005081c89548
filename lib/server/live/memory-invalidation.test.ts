import { describe, expect, it } from "vitest";
import { prisma } from "../db";
import { getDocument } from "../documents";
import { searchConcordance } from "../memory";
import { buildDocument } from "../testing/builders";
import { publish } from "./live-bus";
import { invalidateMemoryOnChanges } from "./memory-invalidation";

describe("the memory index and writes by another app server", () => {
  it("a paragraph another server saved in the same millisecond as a stamp already seen is found once its event arrives", async () => {
    invalidateMemoryOnChanges();
    const id = await buildDocument("城市管理。\n热线电话。");
    const [, second] = (await getDocument({ id })).segments;
    expect(await searchConcordance({ text: "switchboard" })).toEqual([]);
    // Another server's save whose document stamp equals the one this index saw: only the event tells.
    await prisma.segment.update({ where: { id: second.id }, data: { target: "The switchboard.", status: "translated", version: 1 }, select: { id: true } });
    await prisma.$executeRawUnsafe(`UPDATE "Document" SET "updatedAt" = (SELECT "updatedAt" FROM "Document" WHERE id = ${id}) WHERE id = ${id}`);
    expect(await searchConcordance({ text: "switchboard" })).toEqual([]);
    publish({ type: "segments", documentId: id, kind: "edit", by: { id: "b", name: "Bo" }, segments: [{ id: second.id, version: 1 }] });
    expect((await searchConcordance({ text: "switchboard" })).map((hit) => hit.unit.target)).toEqual(["The switchboard."]);
  });
});
