import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import type { ExportData } from "./export-data";
import { parseReviewFile } from "./parse-review-file";
import { reviewFingerprint, versionProperties, versionsFromProperties } from "./review-file";
import { toDocx } from "./to-docx";
import { toReviewDocx } from "./to-review-docx";
import { toReviewXlsx } from "./to-review-xlsx";

const NOTE = { segmentId: 32, start: 0, end: 26, gloss: "", note: "Check the quotes\nand the dash", pinyin: "", category: "other" as const };
const DATA: ExportData = {
  ...SAMPLE_DATA,
  annotations: [...SAMPLE_DATA.annotations, { ...NOTE, quote: SAMPLE_DATA.segments[1].source }],
};
const WRITERS = { docx: toReviewDocx, xlsx: toReviewXlsx };
const clean = (text: string) => text.replace(/[\u0000-\u0008]/g, "");

describe.each(["docx", "xlsx"] as const)("review %s", (format) => {
  it("comes back with every row, its manifest and the paragraph notes as comments", async () => {
    const parsed = await parseReviewFile(await WRITERS[format](DATA, SAMPLE_CONTEXT));
    expect(parsed.format).toBe(format);
    expect(parsed.manifest).toEqual({
      documentId: 7,
      fingerprint: reviewFingerprint(SAMPLE_DATA.document),
      versions: new Map([["s31", 3], ["s32", 1], ["s33", 2], ["s34", 1], ["s35", 1], ["s36", 0]]),
    });
    expect(parsed.rows).toEqual(
      SAMPLE_DATA.segments.map((segment) => ({
        id: `s${segment.id}`,
        source: clean(segment.source),
        target: clean(segment.target),
        status: segment.status,
        comment: segment.id === 32 ? NOTE.note : "",
      })),
    );
  });

  it("leaves out a span annotation and a gloss from the comments", async () => {
    const parsed = await parseReviewFile(await WRITERS[format](SAMPLE_DATA, SAMPLE_CONTEXT));
    expect(parsed.rows.map((row) => row.comment)).toEqual(["", "", "", "", "", ""]);
  });
});

describe("review xlsx layout", () => {
  it("locks and shades id and source, unlocks the rest, protects the sheet, hides the manifest", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toReviewXlsx(DATA, SAMPLE_CONTEXT)) as unknown as ArrayBuffer);
    const [sheet, hidden] = workbook.worksheets;
    expect(sheet.getRow(1).values).toEqual([undefined, "¶ id", "Source", "Target", "Status", "Comment"]);
    expect(sheet.getCell("A2").protection?.locked).not.toBe(false);
    expect(sheet.getCell("B2").fill).toMatchObject({ pattern: "solid" });
    expect(sheet.getCell("C2").protection).toMatchObject({ locked: false });
    expect((sheet as unknown as { sheetProtection: object }).sheetProtection).toMatchObject({ sheet: true });
    expect(sheet.getCell("C2").alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell("D2").dataValidation).toMatchObject({ type: "list", formulae: ['"untranslated,draft,translated,reviewed"'] });
    expect(sheet.getColumn(2).width).toBeGreaterThan(40);
    expect(sheet.getCell("B2").font).toMatchObject({ name: "Microsoft YaHei", charset: 134 });
    expect(hidden.state).toBe("hidden");
    // A formula-like source stays a string cell, never a formula.
    expect(sheet.getCell("B6").value).toBe("=1+2 公式");
  });
});

describe("versions in document properties", () => {
  it("are split into values of at most 255 characters and read back in order", () => {
    const versions = new Map(Array.from({ length: 2000 }, (_, i) => [`s${100000 + i}`, i % 7] as const));
    const properties = versionProperties(versions);
    expect(properties.length).toBeGreaterThan(50);
    expect(properties.every(({ value }) => value.length <= 255)).toBe(true);
    expect(properties.slice(0, 2).map(({ name }) => name)).toEqual(["DuizhaoVersions", "DuizhaoVersions2"]);
    expect(versionsFromProperties(new Map(properties.reverse().map(({ name, value }) => [name, value])))).toEqual(versions);
  });
});

describe("review docx layout", () => {
  it("carries the manifest in custom properties and shades the locked columns", async () => {
    const files = unzipSync(await toReviewDocx(DATA, SAMPLE_CONTEXT));
    expect(strFromU8(files["docProps/custom.xml"])).toContain("s31=3 s32=1 s33=2 s34=1 s35=1 s36=0");
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toContain('w:fill="EDEDED"');
    expect(xml).toContain('w:eastAsia="Microsoft YaHei"');
    expect(xml).toContain('w:orient="landscape"');
  });
});

describe("parseReviewFile refuses", () => {
  it.each([
    ["a text file", new TextEncoder().encode("¶ id,Source")],
    ["an empty file", new Uint8Array()],
  ])("%s", async (_name, bytes) => {
    await expect(parseReviewFile(bytes)).rejects.toMatchObject({ code: "NOT_A_REVIEW_FILE" });
  });

  it("a bilingual DOCX export (no manifest)", async () => {
    await expect(parseReviewFile(await toDocx(SAMPLE_DATA, SAMPLE_CONTEXT))).rejects.toMatchObject({ code: "NOT_A_REVIEW_FILE" });
  });

  it("a spreadsheet without the manifest sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Review").addRow(["¶ id", "Source", "Target"]);
    await expect(parseReviewFile(new Uint8Array(await workbook.xlsx.writeBuffer()))).rejects.toMatchObject({ code: "NOT_A_REVIEW_FILE" });
  });
});
