import { describe, expect, it } from "vitest";
import { tmxOfPairs } from "@/lib/core/memory/tmx-of-pairs";
import { undoBatch } from "./batch-edits";
import { changeStatus, countRepetitions, fillRepetitions, lockParagraphs, unlockParagraphs } from "./batch-tools";
import { getDocument } from "./documents";
import { importTmxMemory, preTranslate } from "./memory";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

let edits = 0;
async function save(segment: { id: number; version: number }, target: string, status: "draft" | "translated" | "reviewed") {
  const result = await saveSegmentTarget({ segmentId: segment.id, baseVersion: segment.version, target, status, clientEditId: `batch-tools-${++edits}`, author: "test" });
  if (result.kind !== "saved") throw new Error("not saved");
  return result.segment;
}
const segmentsOf = async (id: number) => (await getDocument({ id })).segments;
const seen = (segments: { id: number; version: number }[]) => segments.map((s) => ({ segmentId: s.id, baseVersion: s.version }));

describe("locking", () => {
  it("locks only reviewed paragraphs, on the record, and unlocks them explicitly", async () => {
    const id = await buildDocument("甲段落。\n乙段落。\n丙段落。");
    const [a, b, c] = await segmentsOf(id);
    const reviewed = await save(a, "Paragraph A.", "reviewed");
    const translated = await save(b, "Paragraph B.", "translated");

    const lock = await lockParagraphs({ documentId: id, paragraphs: seen([reviewed, translated, c]), author: "test" });
    expect(lock.applied.map((s) => [s.id, s.locked])).toEqual([[a.id, true]]);
    expect(lock.notReviewed).toBe(2);
    expect((await findRevisions({ segmentId: a.id }))[0]).toMatchObject({ kind: "lock" });
    const refused = await saveSegmentTarget({ segmentId: a.id, baseVersion: lock.applied[0].version, target: "Changed.", status: "reviewed", clientEditId: "x", author: "test" });
    expect(refused).toMatchObject({ kind: "conflict", current: { locked: true, target: "Paragraph A." } });

    const unlock = await unlockParagraphs({ documentId: id, paragraphs: seen(lock.applied), author: "test" });
    expect(unlock.applied.map((s) => [s.id, s.locked])).toEqual([[a.id, false]]);
    expect((await findRevisions({ segmentId: a.id }))[0]).toMatchObject({ kind: "unlock", author: "test" });
  });

  it("locks every reviewed paragraph of the document at once, and the undo unlocks them", async () => {
    const id = await buildDocument("丁段落。\n戊段落。\n己段落。");
    const [a, b] = await segmentsOf(id);
    await save(a, "D.", "reviewed");
    await save(b, "E.", "reviewed");
    const lock = await lockParagraphs({ documentId: id, author: "test" });
    expect(lock.applied).toHaveLength(2);
    expect((await segmentsOf(id)).map((s) => s.locked)).toEqual([true, true, false]);
    await undoBatch({ documentId: id, batchId: lock.batchId!, author: "test" });
    expect((await segmentsOf(id)).map((s) => s.locked)).toEqual([false, false, false]);
  });
});

describe("batch status changes", () => {
  it("sets a status on the paragraphs given, leaving empty and locked ones, and undoes in one step", async () => {
    const id = await buildDocument("庚段落。\n辛段落。\n壬段落。\n癸段落。");
    const [a, b, c, d] = await segmentsOf(id);
    const draftA = await save(a, "G.", "draft");
    const reviewedB = await save(b, "H.", "reviewed");
    const [lockedB] = (await lockParagraphs({ documentId: id, paragraphs: seen([reviewedB]), author: "test" })).applied;
    const draftD = await save(d, "J.", "draft");

    const result = await changeStatus({ documentId: id, paragraphs: seen([draftA, lockedB, c, draftD]), status: "translated", author: "test" });
    expect(result.applied.map((s) => [s.id, s.status])).toEqual([
      [a.id, "translated"],
      [d.id, "translated"],
    ]);
    expect(result.skipped).toEqual([{ segmentId: b.id, reason: "locked" }]);
    expect(result.empty).toBe(1);
    expect((await findRevisions({ segmentId: a.id }))[0]).toMatchObject({ kind: "status", status: "translated" });

    await undoBatch({ documentId: id, batchId: result.batchId!, author: "test" });
    expect((await segmentsOf(id)).map((s) => s.status)).toEqual(["draft", "reviewed", "untranslated", "draft"]);
  });

  it("limits the change to drafts of one origin: drafts from memory become translated, their origin goes", async () => {
    await importTmxMemory({ name: "Status origins", xml: tmxOfPairs([{ source: "襄阳古城墙今天开放参观。", target: "The old Xiangyang wall opens to visitors today." }]) });
    const id = await buildDocument("襄阳古城墙今天开放参观。\n另一段。");
    const filled = await preTranslate({ documentId: id, author: "test" });
    expect(filled.applied.map((s) => s.origin)).toEqual(["tm:100"]);
    const [, other] = await segmentsOf(id);
    const mine = await save(other, "Another.", "draft");

    const result = await changeStatus({ documentId: id, paragraphs: seen([...filled.applied, mine]), status: "translated", from: "tm", author: "test" });
    expect(result.applied.map((s) => [s.target, s.status, s.origin])).toEqual([["The old Xiangyang wall opens to visitors today.", "translated", ""]]);
    expect((await segmentsOf(id))[1].status).toBe("draft");
  });
});

describe("repetitions", () => {
  it("fills the empty repetitions of a confirmed paragraph, in either script, as drafts, undoable in one step", async () => {
    const id = await buildDocument("城管来了。\n别的段落。\n城管來了。\n城管 来了。\n城管来了。");
    const [first, , traditional, spaced, filledAlready] = await segmentsOf(id);
    await save(filledAlready, "Mine already.", "draft");
    expect(await countRepetitions({ documentId: id, segmentId: first.id })).toEqual({ count: 0 });
    await save(first, "The city inspectors are coming.", "translated");

    expect(await countRepetitions({ documentId: id, segmentId: first.id })).toEqual({ count: 2 });
    const result = await fillRepetitions({ documentId: id, segmentId: first.id, author: "test" });
    expect(result.applied.map((s) => [s.id, s.target, s.status, s.origin])).toEqual([
      [traditional.id, "The city inspectors are coming.", "draft", "repetition"],
      [spaced.id, "The city inspectors are coming.", "draft", "repetition"],
    ]);
    expect((await findRevisions({ segmentId: traditional.id }))[0]).toMatchObject({ kind: "repetitions" });
    expect(await countRepetitions({ documentId: id, segmentId: first.id })).toEqual({ count: 0 });

    await undoBatch({ documentId: id, batchId: result.batchId!, author: "test" });
    expect((await segmentsOf(id)).map((s) => s.target)).toEqual(["The city inspectors are coming.", "", "", "", "Mine already."]);
  });

  it("fills nothing from a paragraph that is only a draft", async () => {
    const id = await buildDocument("重复段落。\n重复段落。");
    const [first] = await segmentsOf(id);
    await save(first, "A draft.", "draft");
    expect((await fillRepetitions({ documentId: id, segmentId: first.id, author: "test" })).applied).toEqual([]);
  });
});

describe("fuzzy pre-translation", () => {
  it("fills matches at or above the threshold as drafts with their score, and the batch undoes", async () => {
    await importTmxMemory({
      name: "Fuzzy",
      xml: tmxOfPairs([{ source: "宜昌三峡大坝今年夏天接待游客一百万人次。", target: "The Three Gorges Dam at Yichang received a million visitors this summer." }]),
    });
    const id = await buildDocument("宜昌三峡大坝今年夏天接待游客两百万人次。\n完全无关的一段文字。");
    expect((await preTranslate({ documentId: id, author: "test" })).applied).toEqual([]);
    expect((await preTranslate({ documentId: id, threshold: 99, author: "test" })).applied).toEqual([]);

    const result = await preTranslate({ documentId: id, threshold: 75, author: "test" });
    expect(result.applied).toHaveLength(1);
    const [filled] = result.applied;
    expect(filled).toMatchObject({ target: "The Three Gorges Dam at Yichang received a million visitors this summer.", status: "draft" });
    const score = Number(filled.origin?.replace(/^tm:/, ""));
    expect(score).toBeGreaterThanOrEqual(75);
    expect(score).toBeLessThan(100);
    expect((await findRevisions({ segmentId: filled.id }))[0]).toMatchObject({ kind: "pretranslate", origin: `tm:${score}` });

    await undoBatch({ documentId: id, batchId: result.batchId!, author: "test" });
    expect((await segmentsOf(id)).map((s) => [s.target, s.origin ?? ""])).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });
});
