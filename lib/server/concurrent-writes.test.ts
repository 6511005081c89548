import { inject, describe, expect, it } from "vitest";
import { isPostgresUrl, prisma } from "./db";
import { getDocument } from "./documents";
import { importTranslations } from "./bilingual-import";
import { saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";
import { startOtherProcess } from "./testing/other-process";

const databaseUrl = inject("databaseUrl");
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Two processes on one SQLite file (the server and the CLI, or two server instances). PostgreSQL has
// no such snapshot upgrade: its row checks are tested where each write is.
describe.skipIf(isPostgresUrl(databaseUrl))("concurrent writers on one SQLite file", () => {
  it("a transaction that read before another process committed still writes: writers queue, none fails", async () => {
    const id = await buildDocument("一。\n二。");
    const [first] = (await getDocument({ id })).segments;
    const other = await startOtherProcess(databaseUrl);
    try {
      let otherCommitted: Promise<void> = Promise.resolve();
      await prisma.$transaction(async (tx) => {
        const row = await tx.segment.findUniqueOrThrow({ where: { id: first.id }, select: { version: true } });
        otherCommitted = other.run(`UPDATE Document SET note = 'other process' WHERE id = ${id}`);
        // Before the fix the other process commits at once, and this write fails with SQLITE_BUSY_SNAPSHOT.
        await Promise.race([otherCommitted, delay(300)]);
        await tx.segment.update({ where: { id: first.id }, data: { target: "One.", status: "translated", version: row.version + 1 }, select: { id: true } });
      });
      await otherCommitted;
      expect(await prisma.segment.findUniqueOrThrow({ where: { id: first.id }, select: { target: true } })).toEqual({ target: "One." });
      expect(await prisma.document.findUniqueOrThrow({ where: { id }, select: { note: true } })).toEqual({ note: "other process" });
    } finally {
      await other.close();
    }
  });

  it("saves and an import into the document succeed while another process saves in a loop", async () => {
    const id = await buildDocument("一。\n二。\n三。");
    const [first, second, third] = (await getDocument({ id })).segments;
    const other = await startOtherProcess(databaseUrl);
    const stop = other.loop(
      `BEGIN IMMEDIATE; UPDATE Segment SET target = 'Other ' || (version + 1), status = 'draft', version = version + 1 WHERE id = ${third.id};
       INSERT INTO Revision (segmentId, target, status, version, kind, createdAt) SELECT id, target, status, version, 'edit', 0 FROM Segment WHERE id = ${third.id}; COMMIT;`,
    );
    const failures: unknown[] = [];
    try {
      let version = 0;
      for (let i = 1; i <= 25; i++) {
        const result = await saveSegmentTarget({ segmentId: first.id, baseVersion: version, target: `One ${i}.`, status: "draft", clientEditId: `e${i}`, author: "test" }).catch((error) => {
          failures.push(error);
          return null;
        });
        if (result?.kind === "saved") version = result.segment.version;
        await importTranslations({ documentId: id, units: [{ id: `s${second.id}`, kind: "body", source: "二。", target: `Two ${i}.`, status: "translated" }] }).catch((error) => failures.push(error));
      }
    } finally {
      const runs = await stop();
      await other.close();
      expect(runs).toBeGreaterThan(0);
    }
    expect(failures.map(String)).toEqual([]);
    const segments = (await getDocument({ id })).segments;
    expect(segments.map((segment) => segment.target).slice(0, 2)).toEqual(["One 25.", "Two 25."]);
  });
});
