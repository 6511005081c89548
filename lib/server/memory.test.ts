import { describe, expect, it } from "vitest";
import { tmxOfPairs } from "@/lib/core/memory/tmx-of-pairs";
import { prisma } from "./db";
import { deleteDocument, getDocument } from "./documents";
import { deleteMemory, findMemories, findMemoryMatches, importTmxMemory, preTranslate, searchConcordance } from "./memory";
import { memoryIndexIdle, persistMemoryIndex, resetMemoryIndex, type SavedMemoryState } from "./memory-cache";
import { joinSegments } from "./segment-structure";
import { findRevisions, saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

let edits = 0;
async function translate(segmentId: number, target: string, status: "translated" | "draft" = "translated") {
  const { version } = await prisma.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } });
  const result = await saveSegmentTarget({ segmentId, baseVersion: version, target, status, clientEditId: `memory-test-${++edits}`, author: "test" });
  expect(result.kind).toBe("saved");
}

async function segmentIds(documentId: number): Promise<number[]> {
  return (await getDocument({ id: documentId })).segments.map((segment) => segment.id);
}

const ORIGINAL = "隨州市城管執法局今天發佈通告。";
const TRANSLATION = "The Suizhou urban management bureau issued a notice today.";

describe("translation memory", () => {
  it("finds a paragraph translated in another document, in the other script, exactly and fuzzily, never itself", async () => {
    const first = await buildDocument(`${ORIGINAL}\n第二段沒有翻譯。`, "Traditional source");
    const [translated, untranslated] = await segmentIds(first);
    await translate(translated, TRANSLATION);
    await translate(untranslated, "A draft only.", "draft");

    const second = await buildDocument("随州市城管执法局今天发布通告。\n随州市城管执法局昨天发布通告。\n第二段没有翻译。", "Simplified copy");
    const [same, changed, draftOnly] = await segmentIds(second);
    const exact = await findMemoryMatches({ documentId: second, segmentId: same });
    expect(exact[0]).toMatchObject({ score: 100, unit: { target: TRANSLATION, origin: { kind: "document", documentId: first, segmentId: translated } } });
    const fuzzy = await findMemoryMatches({ documentId: second, segmentId: changed });
    expect(fuzzy[0].score).toBeGreaterThanOrEqual(70);
    expect(fuzzy[0].score).toBeLessThan(100);
    expect(fuzzy[0].diff.some((part) => part.kind !== "same")).toBe(true);
    // A draft is not memory; and a paragraph does not match itself.
    expect(await findMemoryMatches({ documentId: second, segmentId: draftOnly })).toEqual([]);
    expect(await findMemoryMatches({ documentId: first, segmentId: translated })).toEqual([]);
    await expect(findMemoryMatches({ documentId: first, segmentId: same })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("follows every change, also one written by another process straight to the database", async () => {
    const source = "鄂州市今年新建公園三座。";
    const first = await buildDocument(`${source}\n另一段。`, "Changes");
    const [a, b] = await segmentIds(first);
    const probe = await buildDocument(source, "Probe");
    const [query] = await segmentIds(probe);
    const targets = async () => (await findMemoryMatches({ documentId: probe, segmentId: query })).map((m) => m.unit.target);

    expect(await targets()).toEqual([]);
    await translate(a, "Ezhou built three parks this year.");
    expect(await targets()).toEqual(["Ezhou built three parks this year."]);
    // Like the CLI in another process: a plain write with the document stamped.
    await prisma.segment.update({ where: { id: a }, data: { target: "Three new parks in Ezhou." } });
    await prisma.document.update({ where: { id: first }, data: { updatedAt: new Date() } });
    expect(await targets()).toEqual(["Three new parks in Ezhou."]);
    // A join changes the paragraph's source: the old one is no longer memory.
    const [{ version: va }, { version: vb }] = await prisma.segment.findMany({ where: { id: { in: [a, b] } }, orderBy: { position: "asc" }, select: { version: true } });
    await joinSegments({ segmentId: a, baseVersion: va, nextBaseVersion: vb, author: "test" });
    expect(await targets()).toEqual([]);
    await translate(a, "Ezhou built three parks. Another paragraph.");
    expect((await findMemoryMatches({ documentId: probe, segmentId: query })).length).toBeGreaterThan(0);
    await deleteDocument({ id: first });
    expect(await targets()).toEqual([]);
  });

  it("imports a TMX memory, matches from it, counts it, deletes it; broken XML stores nothing", async () => {
    const before = await findMemories();
    const xml = tmxOfPairs([
      { source: "黄石港区明天停水。", target: "Water will be cut off in Huangshigang district tomorrow." },
      { source: "请市民提前储水。", target: "Residents are asked to store water in advance." },
    ]);
    const { id, entries } = await importTmxMemory({ name: "Utilities", fileName: "utilities.tmx", xml });
    expect(entries).toBe(2);
    const overview = await findMemories();
    expect(overview.memories[0]).toMatchObject({ id, name: "Utilities", fileName: "utilities.tmx", entries: 2 });

    const probe = await buildDocument("黃石港區明天停水。", "TMX probe");
    const [query] = await segmentIds(probe);
    const [match] = await findMemoryMatches({ documentId: probe, segmentId: query });
    expect(match).toMatchObject({ score: 100, unit: { origin: { kind: "tmx", memoryId: id, memoryName: "Utilities" } } });

    await expect(importTmxMemory({ name: "Broken", xml: xml.slice(0, -20) })).rejects.toMatchObject({ code: "MALFORMED_XML" });
    expect((await findMemories()).memories.length).toBe(before.memories.length + 1);
    await deleteMemory({ id });
    expect(await findMemoryMatches({ documentId: probe, segmentId: query })).toEqual([]);
    await expect(deleteMemory({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("finds text in every document and memory: Chinese in both scripts, English as whole words", async () => {
    const documentId = await buildDocument("孝感市民踴躍獻血。", "Concordance");
    const [segment] = await segmentIds(documentId);
    await translate(segment, "Xiaogan residents donate blood eagerly.");
    await importTmxMemory({ name: "Blood", xml: tmxOfPairs([{ source: "孝感献血站周末开放。", target: "The Xiaogan blood station opens at weekends." }]) });

    const chinese = await searchConcordance({ text: "孝感" });
    expect(chinese.map((hit) => hit.unit.origin.kind).sort()).toEqual(expect.arrayContaining(["document", "tmx"]));
    const english = await searchConcordance({ text: "BLOOD" });
    expect(english.some((hit) => hit.unit.target.includes("blood station"))).toBe(true);
    expect(english.every((hit) => hit.targetRanges.length > 0)).toBe(true);
    expect(await searchConcordance({ text: "bloo" })).toEqual([]);
  });

  it("pre-translates empty paragraphs from 100% matches as drafts, with a revision, never overwriting", async () => {
    const source = await buildDocument("荊州古城牆修繕完成。\n沙市碼頭重新開放。", "Pre-translation source");
    const [wall, pier] = await segmentIds(source);
    await translate(wall, "Restoration of the Jingzhou city wall is complete.");
    await translate(pier, "Shashi pier reopens.");

    const target = await buildDocument("荆州古城墙修缮完成。\n沙市码头重新开放。\n一段新的文字。", "Pre-translation target");
    const [first, second, third] = await segmentIds(target);
    await translate(second, "Mine, kept.");
    const { applied: filled } = await preTranslate({ documentId: target, author: "test" });
    expect(filled.map((segment) => [segment.id, segment.status])).toEqual([[first, "draft"]]);
    const after = (await getDocument({ id: target })).segments;
    expect(after.map((segment) => segment.target)).toEqual(["Restoration of the Jingzhou city wall is complete.", "Mine, kept.", ""]);
    expect((await findRevisions({ segmentId: first }))[0]).toMatchObject({ status: "draft", author: "test" });
    void third;
    // The draft is not memory, so it cannot fill anything by itself.
    expect((await preTranslate({ documentId: target, author: "test" })).applied).toEqual([]);
  });

  it("a server saves a state built from nothing at once, then at most once per interval while it changes", async () => {
    const saves: SavedMemoryState[] = [];
    persistMemoryIndex({ load: () => null, save: (state) => void saves.push(state), minIntervalMs: 60 * 60_000 });
    try {
      resetMemoryIndex();
      const document = await buildDocument("襄阳市举办马拉松。\n荆门市新建公园。", "Server memory");
      const [marathon, park] = await segmentIds(document);
      await translate(marathon, "Xiangyang held a marathon.");
      const hits = async (text: string) => {
        const found = (await searchConcordance({ text })).map((hit) => hit.unit.target);
        await memoryIndexIdle();
        return found;
      };
      expect(await hits("襄阳")).toEqual(["Xiangyang held a marathon."]);
      expect(saves).toHaveLength(1);
      await translate(park, "Jingmen built a new park.");
      expect(await hits("荆门")).toEqual(["Jingmen built a new park."]);
      expect(saves).toHaveLength(1);
      await deleteDocument({ id: document });
    } finally {
      persistMemoryIndex(null);
      resetMemoryIndex();
    }
  });

  it("keeps the index for a later process (the CLI): loads the saved state, applies only what changed, saves only then", async () => {
    const saves: SavedMemoryState[] = [];
    let loads = 0;
    persistMemoryIndex({ load: () => (loads++, saves.length > 0 ? structuredClone(saves[saves.length - 1]) : null), save: (state) => void saves.push(structuredClone(state)) });
    try {
      resetMemoryIndex();
      const document = await buildDocument("宜昌市今天開通新航線。\n恩施州的茶葉豐收。", "Saved memory");
      const [route, tea] = await segmentIds(document);
      await translate(route, "Yichang opened a new air route today.");
      const hits = async (text: string) => {
        const found = (await searchConcordance({ text })).map((hit) => hit.unit.target);
        await memoryIndexIdle();
        return found;
      };
      expect(await hits("宜昌")).toEqual(["Yichang opened a new air route today."]);
      expect([loads, saves.length]).toEqual([1, 1]);
      expect(await hits("宜昌")).toHaveLength(1);
      expect(saves).toHaveLength(1);

      // A new process: the saved index is loaded, found current, and not saved again.
      resetMemoryIndex();
      expect(await hits("宜昌")).toEqual(["Yichang opened a new air route today."]);
      expect([loads, saves.length]).toEqual([2, 1]);

      // Another change in between: the next process applies it and saves the index again.
      await translate(tea, "Enshi had a good tea harvest.");
      resetMemoryIndex();
      expect(await hits("恩施")).toEqual(["Enshi had a good tea harvest."]);
      expect(saves).toHaveLength(2);
      await deleteDocument({ id: document });
      resetMemoryIndex();
      expect(await hits("恩施")).toEqual([]);
      expect(saves).toHaveLength(3);
    } finally {
      persistMemoryIndex(null);
      resetMemoryIndex();
    }
  });
});
