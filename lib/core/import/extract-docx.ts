import { zipSync } from "fflate";
import mammoth from "mammoth";
import { DomainError, isDomainError } from "../errors";
import { unpackDocx } from "./unpack-docx";

/**
 * The text of a Word (.docx) file, one paragraph per Word paragraph, separated by "\n\n". Its XML is
 * unpacked first within MAX_DOCX_UNPACKED_BYTES (DOCX_TOO_LARGE beyond), and mammoth reads a new,
 * uncompressed ZIP of those parts only: it never sees the original archive.
 */
export async function extractDocx(bytes: Uint8Array): Promise<{ text: string }> {
  let raw: string;
  try {
    const checked = zipSync(unpackDocx(bytes), { level: 0 });
    // mammoth's Node build reads a Buffer (its arrayBuffer option exists only in its browser build);
    // this view shares the ZIP's memory instead of copying it.
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(checked.buffer, checked.byteOffset, checked.byteLength) })).value;
  } catch (error) {
    if (isDomainError(error)) throw error;
    // Not a ZIP, or a ZIP without word/document.xml, or XML mammoth cannot read.
    throw new DomainError("UNREADABLE_DOCX");
  }
  const paragraphs = raw
    .split(/\n{2,}/)
    .map((p) => p.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ""))
    .filter((p) => p.length > 0);
  return { text: paragraphs.join("\n\n") };
}
