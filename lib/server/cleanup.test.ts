import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { DEFAULT_CLEANUP_CHOICES } from "@/lib/core/clean/clean-text";
import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import { createAnnotation, findAnnotationMarks } from "./annotations";
import { createDocument, getDocument } from "./documents";
import { getDocumentSource, recleanDocument } from "./cleanup";
import { isPostgresUrl } from "./db";
import { findRevisions, saveSegmentTarget } from "./segments";

const DAMAGED = "危難之時顯身手 * c6 p, R# v. L/ |\n這是一場沒有硝煙的戰爭,全員出擊。\n* v6 T2 G2 k' u8 A0 f\n區(qū)第三段。";

async function importDamaged(): Promise<number> {
  return (await createDocument(prepareImport(pastedSource(DAMAGED), { cleanup: DEFAULT_CLEANUP_CHOICES }))).id;
}

describe("recleanDocument", () => {
  it("re-runs the cleanup with other choices and carries translations and history along", async () => {
    const id = await importDamaged();
    const before = await getDocument({ id });
    expect(before.segments.map((s) => s.source)).toEqual(["危難之時顯身手", "這是一場沒有硝煙的戰爭，全員出擊。", "區第三段。"]);
    const war = before.segments[1];
    await saveSegmentTarget({ segmentId: war.id, baseVersion: 0, target: "A war without gunsmoke.", status: "translated", clientEditId: "r1", author: "t" });

    const report = await recleanDocument({ id, choices: { ...DEFAULT_CLEANUP_CHOICES, disabledRules: ["pinyin"] } });
    const after = await getDocument({ id });
    expect(after.segments.map((s) => s.source)).toEqual(["危難之時顯身手", "這是一場沒有硝煙的戰爭，全員出擊。", "區(qū)第三段。"]);
    expect(after.segments[1]).toMatchObject({ id: war.id, target: "A war without gunsmoke.", status: "translated", version: 1 });
    expect(await findRevisions({ segmentId: war.id })).toHaveLength(1);
    expect(report).toEqual({ paragraphs: 3, carried: 2, kept: 0, removed: 1, reanchored: 0, detached: 0 });
    expect((await getDocumentSource({ id })).choices?.disabledRules).toEqual(["pinyin"]);
  });

  it("keeps a translated paragraph that the new cleanup would remove", async () => {
    const id = await importDamaged();
    const [title] = (await getDocument({ id })).segments;
    await saveSegmentTarget({ segmentId: title.id, baseVersion: 0, target: "Showing their mettle", status: "draft", clientEditId: "k1", author: "t" });
    // Putting the jammer back changes the title paragraph: its translation must not be lost.
    const jammerKey = (await import("@/lib/core/clean/clean-text")).cleanText(DAMAGED).edits.find((e) => e.rule === "jammer")!.key;
    const report = await recleanDocument({ id, choices: { ...DEFAULT_CLEANUP_CHOICES, restored: [jammerKey] } });
    const sources = (await getDocument({ id })).segments.map((s) => [s.source, s.target]);
    expect(sources[0]).toEqual(["危難之時顯身手", "Showing their mettle"]);
    expect(sources[1]).toEqual(["危難之時顯身手 * c6 p, R# v. L/ |", ""]);
    expect(report.kept).toBe(1);
  });

  // SQLite runs one writing transaction at a time (BEGIN IMMEDIATE); PostgreSQL runs them side by side.
  it.skipIf(!isPostgresUrl(inject("databaseUrl")))("a paragraph translated while the re-run deletes it fails the re-run, keeping its text (PostgreSQL)", async () => {
    const id = await importDamaged();
    const third = (await getDocument({ id })).segments[2];
    const other = new pg.Client({ connectionString: inject("databaseUrl") });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`UPDATE "Segment" SET target = 'Third paragraph.', version = version + 1 WHERE id = $1`, [third.id]);
      const rerun = recleanDocument({ id, choices: { ...DEFAULT_CLEANUP_CHOICES, disabledRules: ["pinyin"] } });
      const outcome = expect(rerun).rejects.toMatchObject({ code: "CONFLICT" });
      await new Promise((resolve) => setTimeout(resolve, 500)); // the re-run waits on the row lock
      await other.query("COMMIT");
      await outcome;
    } finally {
      await other.end();
    }
    expect((await getDocument({ id })).segments.map((s) => [s.source, s.target])[2]).toEqual(["區第三段。", "Third paragraph."]);
  });

  it("keeps the raw source unchanged", async () => {
    const id = await importDamaged();
    await recleanDocument({ id, choices: { ...DEFAULT_CLEANUP_CHOICES, disabledRules: ["jammer", "pinyin"] } });
    expect((await getDocumentSource({ id })).text).toBe(DAMAGED);
  });

  it("re-anchors annotations by their quote, keeps annotated paragraphs and reports what it cannot find", async () => {
    const id = await importDamaged();
    const [title, war, third] = (await getDocument({ id })).segments;
    const fields = { gloss: "g", note: "", pinyin: "", category: "term" as const };
    await createAnnotation({ segmentId: war.id, start: 9, end: 11, ...fields }); // 戰爭
    await createAnnotation({ segmentId: third.id, start: 0, end: 1, ...fields }); // 區
    await createAnnotation({ segmentId: title.id, start: 0, end: 2, ...fields }); // 危難
    // Without the pinyin rule the third paragraph becomes 區(qū)第三段。: 區 is still at 0. With the
    // jammer restored, the title paragraph changes and is kept beside its new version.
    const jammerKey = (await import("@/lib/core/clean/clean-text")).cleanText(DAMAGED).edits.find((e) => e.rule === "jammer")!.key;
    const report = await recleanDocument({ id, choices: { ...DEFAULT_CLEANUP_CHOICES, disabledRules: ["pinyin"], restored: [jammerKey] } });
    const marks = await findAnnotationMarks({ documentId: id });
    expect(marks).toHaveLength(3);
    expect(marks.every((mark) => !mark.isDetached)).toBe(true);
    expect(report.detached).toBe(0);
    // The changed title and third paragraphs are kept (annotated) beside their new versions.
    expect(report.kept).toBe(2);
  });

  it("lists an annotation whose text is gone as detached instead of dropping it", async () => {
    const id = await importDamaged();
    const third = (await getDocument({ id })).segments[2];
    await createAnnotation({ segmentId: third.id, start: 1, end: 3, gloss: "g", note: "", pinyin: "", category: "other" }); // 第三
    const { prisma } = await import("./db");
    await prisma.segment.update({ where: { id: third.id }, data: { source: "區第3段。" } });
    const report = await recleanDocument({ id, choices: DEFAULT_CLEANUP_CHOICES });
    expect(report.detached).toBe(1);
    const marks = await findAnnotationMarks({ documentId: id });
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ quote: "第三", isDetached: true });
  });
});
