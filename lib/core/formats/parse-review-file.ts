import { DomainError } from "../errors";
import { checkBilingualSize } from "./check-bilingual-size";
import { parseReviewDocx } from "./parse-review-docx";
import { parseReviewXlsx } from "./parse-review-xlsx";
import type { ParsedReview } from "./review-file";

// Both are ZIP files; the part names in the central directory at the end tell them apart.
const hasPart = (bytes: Uint8Array, name: string) => new TextDecoder("latin1").decode(bytes.subarray(-65536)).includes(name);

/** Reads a review DOCX or XLSX that Duizhao exported (and a reviewer edited); refuses other files. */
export async function parseReviewFile(bytes: Uint8Array): Promise<ParsedReview> {
  checkBilingualSize(bytes.length);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DomainError("NOT_A_REVIEW_FILE");
  if (hasPart(bytes, "word/document.xml")) return parseReviewDocx(bytes);
  if (hasPart(bytes, "xl/workbook.xml")) return parseReviewXlsx(bytes);
  throw new DomainError("NOT_A_REVIEW_FILE");
}
