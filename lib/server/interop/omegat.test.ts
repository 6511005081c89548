import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseBilingual } from "@/lib/core/formats/parse-bilingual";
import { importTranslations } from "../bilingual-import";
import { exportDocument } from "../export-document";
import { missingTools, runTool } from "../testing/external-tools";
import { hasHan } from "@/lib/core/text/char-classes";
import { buildTranslatedDocument, rowsOf, type Row } from "./translated-document";

// Debian's OmegaT 3.6 in console mode, which CI installs (.ci/run); skipped on a machine without it
// (missingTools fails instead when CI is set). One launch (Java starts slowly) serves both tests: the
// project translates our pre-filled XLIFF of a document, and of a copy of it with nothing translated,
// with our TMX of the document in tm/auto.
const missing = missingTools(["omegat"]);

const ROWS: Row[] = [
  { source: "研发 & 测试", target: "R&D & testing", status: "translated" },
  { source: "如果 a < b，“引号”与'单引号'。第二句。", target: 'If a < b, "quotes" and \'single\'. A second sentence.', status: "reviewed" },
  { source: "草稿段落。", target: "A draft paragraph.", status: "draft" },
  { source: "还没翻译的段落。它有两句。", target: "", status: "untranslated" },
  { source: "点赞 👍 罕用字𠀀", target: "Like 👍, and a rare character", status: "translated" },
];
const UNTRANSLATED: Row[] = ROWS.map(({ source }) => ({ source, target: "", status: "untranslated" }));

const projects: string[] = [];
afterAll(() => projects.forEach((project) => rmSync(project, { recursive: true, force: true })));

async function translateWithOmegat(files: { name: string; body: string | Uint8Array; folder: "source" | "tm/auto" }[]): Promise<(name: string) => string> {
  const project = mkdtempSync(join(tmpdir(), "duizhao-omegat-"));
  projects.push(project);
  for (const folder of ["source", "target", "tm/auto", "omegat", "glossary", "dictionary"]) mkdirSync(join(project, folder), { recursive: true });
  copyFileSync(join(import.meta.dirname, "__fixtures__/omegat.project"), join(project, "omegat.project"));
  for (const file of files) writeFileSync(join(project, file.folder, file.name), file.body);
  await runTool("omegat", [project, "--mode=console-translate", "--quiet", "--no-team", "--disable-project-locking", `--config-dir=${join(project, ".config")}`], { timeoutMs: 110_000 });
  return (name) => readFileSync(join(project, "target", name), "utf8");
}

describe.skipIf(missing.length > 0)(`OmegaT${missing.length > 0 ? ` (skipped: ${missing.join(", ")} not installed)` : ""}`, () => {
  it("fills a file from our TMX in tm/auto, and takes our pre-filled XLIFF round trip with the same statuses and no Chinese in any target", { timeout: 120_000 }, async () => {
    const id = await buildTranslatedDocument(ROWS);
    const copyId = await buildTranslatedDocument(UNTRANSLATED);
    const xliff = async (documentId: number) => (await exportDocument({ documentId, format: "xliff12", options: { isTargetPrefilled: true } })).body;
    const translated = await translateWithOmegat([
      { name: "document.xlf", body: await xliff(id), folder: "source" },
      { name: "copy.xlf", body: await xliff(copyId), folder: "source" },
      { name: "document.tmx", body: (await exportDocument({ documentId: id, format: "tmx" })).body, folder: "tm/auto" },
    ]);

    const back = parseBilingual(translated("document.xlf")).units;
    expect(back.map((unit) => unit.target).filter(hasHan)).toEqual([]);
    expect(await importTranslations({ documentId: id, units: back })).toMatchObject({ changed: 0, unchanged: ROWS.length, conflicts: 0 });
    expect(await rowsOf(id)).toEqual(ROWS);

    // Each paragraph our TMX holds is filled from it; OmegaT keeps the file's state ("new"), so they come back as drafts.
    const filled = parseBilingual(translated("copy.xlf")).units;
    expect(filled.map((unit) => unit.target)).toEqual(ROWS.map((row) => row.target));
    expect(await importTranslations({ documentId: copyId, units: filled })).toMatchObject({ changed: 4, conflicts: 0 });
    expect(await rowsOf(copyId)).toEqual(ROWS.map((row) => ({ ...row, status: row.target === "" ? "untranslated" : "draft" })));
  });
});
