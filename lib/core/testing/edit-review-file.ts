import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { REVIEW_HEADERS } from "../formats/review-file";
import { childElements, parseXml, textOf, type XmlElement } from "../formats/xml";
import { XMLSerializer } from "@xmldom/xmldom";

/** A reviewer's edit of one row, found by its ¶ id; a field left out stays as it is. */
export type ReviewEdit = { id: string; target?: string; status?: string; comment?: string; newId?: string };

const COLUMNS = { newId: 0, target: 2, status: 3, comment: 4 } as const;
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Edits a review XLSX as a reviewer would in Excel (tests only). */
export async function editReviewXlsx(bytes: Uint8Array, edits: ReviewEdit[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((candidate) => candidate.getCell(1, 1).value === REVIEW_HEADERS[0]);
  if (!sheet) throw new Error("no review sheet");
  for (const edit of edits) {
    let found = false;
    sheet.eachRow((row) => {
      if (row.getCell(1).value !== edit.id) return;
      found = true;
      for (const [field, column] of Object.entries(COLUMNS)) {
        const value = edit[field as keyof typeof COLUMNS];
        if (value !== undefined) row.getCell(column + 1).value = value;
      }
    });
    if (!found) throw new Error(`no row ${edit.id}`);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Edits a review DOCX's table cells as a reviewer would in Word (tests only). */
export function editReviewDocx(bytes: Uint8Array, edits: ReviewEdit[]): Uint8Array {
  const files = unzipSync(bytes);
  const doc = parseXml(strFromU8(files["word/document.xml"]));
  const rows = Array.from(doc.getElementsByTagNameNS(W, "tr")) as XmlElement[];
  for (const edit of edits) {
    const row = rows.find((candidate) => textOf(childElements(candidate, "tc")[0]).trim() === edit.id);
    if (!row) throw new Error(`no row ${edit.id}`);
    const cells = childElements(row, "tc");
    for (const [field, column] of Object.entries(COLUMNS)) {
      const value = edit[field as keyof typeof COLUMNS];
      if (value === undefined) continue;
      const cell = cells[column];
      for (const paragraph of childElements(cell, "p")) cell.removeChild(paragraph);
      for (const line of value.split("\n")) {
        const paragraph = doc.createElementNS(W, "w:p");
        const run = doc.createElementNS(W, "w:r");
        const text = doc.createElementNS(W, "w:t");
        text.setAttribute("xml:space", "preserve");
        text.appendChild(doc.createTextNode(line));
        run.appendChild(text);
        paragraph.appendChild(run);
        cell.appendChild(paragraph);
      }
    }
  }
  files["word/document.xml"] = strToU8(new XMLSerializer().serializeToString(doc));
  return zipSync(files);
}
