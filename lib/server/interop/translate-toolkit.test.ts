import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseBilingual } from "@/lib/core/formats/parse-bilingual";
import { importTranslations } from "../bilingual-import";
import { prisma } from "../db";
import { exportDocument } from "../export-document";
import { importTmxMemory } from "../memory";
import { missingTools, runTool } from "../testing/external-tools";
import { buildTranslatedDocument, rowsOf, type Row } from "./translated-document";

// Debian's translate-toolkit, as translators use it; CI installs it (.ci/run). On a machine without
// it these tests are skipped (missingTools fails instead when CI is set).
const missing = missingTools(["pocount", "xliff2po", "po2xliff", "po2tmx"]);

const HALF_TRANSLATED: Row[] = [
  { source: "研发 & 测试", target: "R&D & testing", status: "translated" },
  { source: "如果 a < b，“引号”与'单引号'。第二句。", target: 'If a < b, "quotes" and \'single\'. A second sentence.', status: "reviewed" },
  { source: "还没翻译的段落。", target: "", status: "untranslated" },
  { source: "另一个没翻译的段落。", target: "", status: "untranslated" },
];

const EVERY_STATUS: Row[] = [
  { source: "点赞 👍 罕用字𠀀", target: "Like 👍 rare 𠀀", status: "translated" },
  { source: "审校过的段落。", target: "A reviewed paragraph.", status: "reviewed" },
  { source: "草稿段落。", target: "A draft paragraph.", status: "draft" },
  { source: "未翻译的段落。", target: "", status: "untranslated" },
];

async function exportTo(folder: string, documentId: number, format: "xliff12" | "tmx", name: string): Promise<string> {
  const path = join(folder, name);
  writeFileSync(path, (await exportDocument({ documentId, format })).body);
  return path;
}

describe.skipIf(missing.length > 0)(`translate-toolkit${missing.length > 0 ? ` (skipped: ${missing.join(", ")} not installed)` : ""}`, { timeout: 60_000 }, () => {
  const folder = mkdtempSync(join(tmpdir(), "duizhao-ttk-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("pocount counts exactly the translated paragraphs of an XLIFF 1.2 export as translated, none as fuzzy", async () => {
    const xliff = await exportTo(folder, await buildTranslatedDocument(HALF_TRANSLATED), "xliff12", "half.xlf");
    const counts = await runTool("pocount", ["--short-strings", "--no-color", xliff]);
    // "half.xlf strings: total: 4	| 2t	0f	2u	| 50.0%t	0.0%f	50.0%u"
    expect(counts).toMatch(/total: 4\s*\|\s*2t\s+0f\s+2u\s*\|/);
  });

  it("xliff2po → po2xliff → import back keeps every status and text", async () => {
    const id = await buildTranslatedDocument(EVERY_STATUS);
    const xliff = await exportTo(folder, id, "xliff12", "every.xlf");
    await runTool("xliff2po", ["--progress=none", xliff, join(folder, "every.po")]);
    await runTool("po2xliff", ["--progress=none", join(folder, "every.po"), join(folder, "back.xlf")]);
    const parsed = parseBilingual(readFileSync(join(folder, "back.xlf"), "utf8"));
    expect(parsed.units.map(({ source, target }) => ({ source, target }))).toEqual(EVERY_STATUS.map(({ source, target }) => ({ source, target })));
    // PO has no review step: a reviewed paragraph comes back translated, which does not lower it.
    expect(parsed.units.map((unit) => unit.status)).toEqual(["translated", "translated", "draft", "untranslated"]);

    const summary = await importTranslations({ documentId: id, units: parsed.units });
    expect(summary).toMatchObject({ changed: 0, unchanged: 4, unmatched: 0, conflicts: 0 });
    expect(await rowsOf(id)).toEqual(EVERY_STATUS);
  });

  it("po2tmx output (srclang en, the Chinese in the other variant) imports as a memory", async () => {
    const id = await buildTranslatedDocument(EVERY_STATUS);
    const xliff = await exportTo(folder, id, "xliff12", "memory.xlf");
    await runTool("xliff2po", ["--progress=none", xliff, join(folder, "memory.po")]);
    await runTool("po2tmx", ["--progress=none", "--source-language", "zh-CN", "-l", "en-US", join(folder, "memory.po"), join(folder, "memory.tmx")]);
    const tmx = readFileSync(join(folder, "memory.tmx"), "utf8");
    expect(tmx).toContain('srclang="en"');

    const memory = await importTmxMemory({ name: "po2tmx", xml: tmx });
    const entries = await prisma.memoryEntry.findMany({ where: { memoryId: memory.id }, orderBy: { position: "asc" }, select: { source: true, target: true } });
    // po2tmx leaves out fuzzy (draft) and untranslated units.
    expect(entries).toEqual(EVERY_STATUS.filter((row) => row.status === "translated" || row.status === "reviewed").map(({ source, target }) => ({ source, target })));
  });
});
