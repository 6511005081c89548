import mammoth from "mammoth";
import { DomainError } from "../errors";

/** The text of a Word (.docx) file, one paragraph per Word paragraph, separated by "\n\n". */
export async function extractDocx(bytes: Uint8Array): Promise<{ text: string }> {
  // mammoth's Node build reads a Buffer (its arrayBuffer option exists only in its browser build);
  // Buffer is a Node global, and this view shares the caller's memory instead of copying it.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer })).value;
  } catch {
    // Not a ZIP, or a ZIP without word/document.xml, or XML mammoth cannot read.
    throw new DomainError("UNREADABLE_DOCX");
  }
  const paragraphs = raw
    .split(/\n{2,}/)
    .map((p) => p.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ""))
    .filter((p) => p.length > 0);
  return { text: paragraphs.join("\n\n") };
}
