import ExcelJS from "exceljs";
import { DomainError } from "../errors";
import { REVIEW_HEADERS, REVIEW_MANIFEST_SHEET, REVIEW_PROPERTY, type ParsedReview, type ReviewRow } from "./review-file";

// A cell's value as text: rich text runs joined, a formula's result, a hyperlink's text, numbers as written.
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  return "";
}

/** Reads a review XLSX: the manifest from its hidden sheet, the rows from the sheet whose header starts with "¶ id". */
export async function parseReviewXlsx(bytes: Uint8Array): Promise<ParsedReview> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError("NOT_A_REVIEW_FILE");
  }
  const hidden = workbook.getWorksheet(REVIEW_MANIFEST_SHEET);
  const sheet = workbook.worksheets.find((candidate) => cellText(candidate.getCell(1, 1).value).trim().startsWith("¶"));
  if (!hidden || !sheet) throw new DomainError("NOT_A_REVIEW_FILE");
  const pairs: [string, string][] = [];
  hidden.eachRow((row) => pairs.push([cellText(row.getCell(1).value).trim(), cellText(row.getCell(2).value).trim()]));
  const properties = new Map(pairs.slice(0, 2));
  const documentId = Number(properties.get(REVIEW_PROPERTY.document));
  const fingerprint = properties.get(REVIEW_PROPERTY.fingerprint) ?? "";
  if (!Number.isSafeInteger(documentId) || documentId <= 0 || fingerprint === "") throw new DomainError("NOT_A_REVIEW_FILE");
  const versions = new Map(pairs.slice(2).filter(([id, version]) => /^s\d+$/.test(id) && /^\d+$/.test(version)).map(([id, version]) => [id, Number(version)]));
  // Columns are found by their header, so a reviewer's moved column is still read right.
  const headers = REVIEW_HEADERS.map((header) => header.toLowerCase());
  const columnOf = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const name = cellText(cell.value).trim().toLowerCase();
    if (headers.includes(name)) columnOf.set(name, column);
  });
  const column = (i: number) => columnOf.get(headers[i]) ?? i + 1;
  const rows: ReviewRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const text = (i: number) => cellText(row.getCell(column(i)).value);
    rows.push({ id: text(0).trim(), source: text(1), target: text(2), status: text(3).trim(), comment: text(4) });
  });
  return { format: "xlsx", manifest: { documentId, fingerprint, versions }, rows };
}
