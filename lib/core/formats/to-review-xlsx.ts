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
  const sheet = workbook.addWorksheet("Review", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = REVIEW_HEADERS.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  const font = sourceFont(data);
  for (const segment of data.segments) {
    const row = sheet.addRow([`s${segment.id}`, xmlText(segment.source), xmlText(segment.target), segment.status, xmlText(comments.get(segment.id) ?? "")]);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.alignment = { wrapText: true, vertical: "top" };
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
