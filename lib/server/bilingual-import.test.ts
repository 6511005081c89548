import { readFileSync } from "node:fs";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { parseBilingual } from "@/lib/core/formats/parse-bilingual";
import { createDocumentFromBilingual, importTranslations } from "./bilingual-import";
import { isPostgresUrl, prisma } from "./db";
import { importTmxMemory } from "./memory";
import { getDocument } from "./documents";
import { exportDocument } from "./export-document";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

const databaseUrl = inject("databaseUrl");

async function translatedDocument(): Promise<{ id: number; segments: { id: number; version: number }[] }> {
  const id = await buildDocument("一。\n二。\n三。");
  const segments = (await getDocument({ id })).segments;
  for (const [i, segment] of segments.entries()) {
    await saveSegmentTarget({ segmentId: segment.id, baseVersion: 0, target: `Text ${i + 1}.`, status: "translated", clientEditId: `t${i}`, author: "test" });
  }
  return { id, segments: (await getDocument({ id })).segments };
}

const xliffOf = async (documentId: number) => (await exportDocument({ documentId, format: "xliff20" })).body as string;

describe("importing a file into a document that changed since its export", () => {
  it("keeps the newer text, keeps the file's as a refused revision and counts the conflict", async () => {
    const { id, segments } = await translatedDocument();
    const file = (await xliffOf(id)).replace("Text 3.", "Text 3, edited in the file.");
    await saveSegmentTarget({ segmentId: segments[1].id, baseVersion: segments[1].version, target: "Newer on the web.", status: "reviewed", clientEditId: "web", author: "web" });

    const summary = await importTranslations({ documentId: id, units: parseBilingual(file).units });

    expect(summary).toMatchObject({ changed: 1, changedParagraphs: [3], conflicts: 1, conflictParagraphs: [2], unchanged: 1 });
    expect((await getDocument({ id })).segments.map((segment) => segment.target)).toEqual(["Text 1.", "Newer on the web.", "Text 3, edited in the file."]);
    const [refused, newer] = await findRevisions({ segmentId: segments[1].id });
    expect(refused).toMatchObject({ kind: "refused", target: "Text 2.", status: "translated", version: segments[1].version + 1, author: "import" });
    expect(newer).toMatchObject({ kind: "edit", target: "Newer on the web." });
  });

  it("a file without versions (another tool's) still updates the paragraph", async () => {
    const { id, segments } = await translatedDocument();
    const file = (await xliffOf(id)).replace(/<mda:metadata>[^]*?<\/mda:metadata>/g, "").replace("Text 2.", "From another tool.");
    await saveSegmentTarget({ segmentId: segments[1].id, baseVersion: segments[1].version, target: "Newer on the web.", status: "translated", clientEditId: "web", author: "web" });
    const summary = await importTranslations({ documentId: id, units: parseBilingual(file).units });
    expect(summary).toMatchObject({ changed: 1, conflicts: 0 });
    expect((await getDocument({ id })).segments[1].target).toBe("From another tool.");
  });

  // SQLite runs one writing transaction at a time (BEGIN IMMEDIATE); PostgreSQL runs them side by side.
  it.skipIf(!isPostgresUrl(databaseUrl))("a save committed while the import runs is not overwritten (PostgreSQL)", async () => {
    const { id, segments } = await translatedDocument();
    const file = (await xliffOf(id)).replace("Text 1.", "From the file.");
    const other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`UPDATE "Segment" SET target = 'Saved meanwhile.', version = version + 1 WHERE id = $1`, [segments[0].id]);
      const importing = importTranslations({ documentId: id, units: parseBilingual(file).units });
      await new Promise((resolve) => setTimeout(resolve, 500)); // the import waits on the row lock
      await other.query("COMMIT");
      expect(await importing).toMatchObject({ changed: 0, conflicts: 1, conflictParagraphs: [1] });
    } finally {
      await other.end();
    }
    expect((await getDocument({ id })).segments[0].target).toBe("Saved meanwhile.");
    expect((await findRevisions({ segmentId: segments[0].id }))[0]).toMatchObject({ kind: "refused", target: "From the file.", version: segments[0].version + 1 });
    expect(await prisma.revision.count({ where: { segmentId: segments[0].id, kind: "refused" } })).toBe(1);
  });
});

describe("inline tags", () => {
  const fixture = (name: string) => readFileSync(new URL(`../core/formats/__fixtures__/inline-tags/${name}`, import.meta.url), "utf8");

  it("a document created from an XLIFF with tags exports the same tags", async () => {
    const { id } = await createDocumentFromBilingual({ parsed: parseBilingual(fixture("tagged.xliff12.xlf")), fileName: "tagged.xlf" });
    const body = (await exportDocument({ documentId: id, format: "xliff12" })).body as string;
    expect(body).toContain('<source>请<g id="1" ctype="bold">点击</g>这里<x id="2" ctype="lb"/>继续</source>');
    expect(body).toContain('<target state="translated">See <bx id="3" rid="7"/>chapter two<ex id="4" rid="7"/> and <ph id="5">&lt;img src="a.png"/&gt;</ph></target>');
    expect((await getDocument({ id })).segments[0].source).toBe("请\uE401点击\uE801这里\uE002继续");
  });

  it("a TMX memory keeps the text of its units without the tags", async () => {
    await importTmxMemory({ name: "Tagged", xml: fixture("tagged.tmx") });
    const memory = await prisma.translationMemory.findFirstOrThrow({ where: { name: "Tagged" }, orderBy: { id: "desc" }, select: { entries: { orderBy: { position: "asc" }, select: { source: true, target: true } } } });
    expect(memory.entries[0]).toEqual({ source: "请点击这里继续", target: "Click hereto go on" });
  });
});
