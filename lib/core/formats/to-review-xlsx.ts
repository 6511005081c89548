import ExcelJS from "exceljs";
import { SEGMENT_STATUSES } from "../model";
import { TOOL_NAME, type ExportData, type WriteContext } from "./export-data";
import { REVIEW_HEADERS, REVIEW_MANIFEST_SHEET, REVIEW_PROPERTY, reviewComments, reviewManifest } from "./review-file";
import { xmlText } from "./xml";

const LOCKED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
// Widths in characters of the default font; a Chinese character takes about two.
const WIDTHS = [10, 48, 60, 14, 36];
// Excel reads the charset to pick a font for Han characters: 134 GB2312 (Simplified), 136 Big5 (Traditional).
const sourceFont = (data: ExportData): Partial<ExcelJS.Font> =>
  data.document.script === "hant" ? { name: "Microsoft JhengHei", charset: 136 } : { name: "Microsoft YaHei", charset: 134 };
const THIN: Partial<ExcelJS.Borders> = Object.fromEntries(["top", "left", "bottom", "right"].map((side) => [side, { style: "thin", color: { argb: "FFBFBFBF" } }]));
// Points per wrapped line of an 11-point font, and Excel's largest row height.
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/**
 * Lines a text wraps to in a column of `width` characters (a Han character is two wide). Spreadsheet
 * programs do not all grow a wrapped row when they open a file (LibreOffice does not), so rows get a height.
 */
function wrappedLines(text: string, width: number): number {
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].reduce((units, char) => units + (WIDE.test(char) ? 2 : 1), 0) / (width - 2))), 0);
}

/**
 * The bilingual review spreadsheet: one row per paragraph (¶ id, source, target, status, comment), id and
 * source locked and shaded (the sheet is protected without a password), status a list, text wrapped. A
 * hidden sheet holds the manifest (document id, fingerprint, each paragraph's version).
 */
export async function toReviewXlsx(data: ExportData, context: WriteContext): Promise<Uint8Array> {
  const manifest = reviewManifest(data);
  const comments = reviewComments(data);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${TOOL_NAME} ${context.toolVersion}`;
  workbook.title = xmlText(data.document.title);
  workbook.subject = `${TOOL_NAME} review of document ${manifest.documentId} (${manifest.fingerprint})`;
  workbook.created = context.now;
  workbook.modified = context.now;
  const sheet = workbook.addWorksheet("Review", {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
  });
  sheet.columns = REVIEW_HEADERS.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).eachCell((cell) => {
    cell.border = THIN;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  const font = sourceFont(data);
  for (const segment of data.segments) {
    const row = sheet.addRow([`s${segment.id}`, xmlText(segment.source), xmlText(segment.target), segment.status, xmlText(comments.get(segment.id) ?? "")]);
    row.height = Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * Math.max(...(row.values as unknown[]).slice(1).map((value, i) => wrappedLines(String(value ?? ""), WIDTHS[i]))));
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.border = THIN;
      if (column <= 2) cell.fill = LOCKED_FILL;
      else cell.protection = { locked: false };
    });
    row.getCell(2).font = { ...font, bold: segment.kind === "heading" };
    row.getCell(4).dataValidation = { type: "list", allowBlank: true, formulae: [`"${SEGMENT_STATUSES.join(",")}"`] };
  }
  await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true });
  const hidden = workbook.addWorksheet(REVIEW_MANIFEST_SHEET, { state: "hidden" });
  hidden.addRow([REVIEW_PROPERTY.document, manifest.documentId]);
  hidden.addRow([REVIEW_PROPERTY.fingerprint, manifest.fingerprint]);
  for (const [id, version] of manifest.versions) hidden.addRow([id, version]);
  await hidden.protect("", {});
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
