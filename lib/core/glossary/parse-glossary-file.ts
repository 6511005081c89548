import { DomainError, isDomainError } from "../errors";
import { checkBilingualSize } from "../formats/check-bilingual-size";
import { parseTbxGlossary } from "../formats/parse-tbx";
import { decodeBytes } from "../import/decode-bytes";
import type { TermInput } from "../model";
import { parseTermsCsv } from "./terms-csv";

export type GlossaryFileFormat = "csv" | "tbx2008" | "tbx3";

/** A glossary file's terms, its format, and how many of its entries had no Chinese → English pair (TBX). */
export type GlossaryFile = { format: GlossaryFileFormat; terms: TermInput[]; skipped: number };

/**
 * Reads a glossary file by its name's extension: .csv (a header naming source and target; UTF-8, GBK or
 * Big5, as detected) or .tbx/.xml (TBX-Basic 2008 or v3). Throws UNSUPPORTED_GLOSSARY for other files,
 * EMPTY_SOURCE for an empty one, NO_TERMS when no entry pairs Chinese with English, and INVALID_CSV,
 * BINARY_FILE, UNDECODABLE, MALFORMED_XML or FILE_TOO_LARGE for a file it cannot read.
 */
export function parseGlossaryFile(name: string, bytes: Uint8Array): GlossaryFile {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  if (extension !== "csv" && extension !== "tbx" && extension !== "xml") throw new DomainError("UNSUPPORTED_GLOSSARY", { name });
  checkBilingualSize(bytes.byteLength);
  const text = extension === "csv" ? decodeBytes(bytes).text : new TextDecoder().decode(bytes);
  if (text.trim() === "") throw new DomainError("EMPTY_SOURCE");
  if (extension === "csv") {
    const terms = parseTermsCsv(text);
    if (terms.length === 0) throw new DomainError("NO_TERMS");
    return { format: "csv", terms, skipped: 0 };
  }
  const { version, terms, skipped } = readTbx(name, text);
  return { format: version === "2008" ? "tbx2008" : "tbx3", terms, skipped };
}

// An XML file of another kind (a TMX, an XLIFF) is named as the file, not by its root element.
function readTbx(name: string, text: string): ReturnType<typeof parseTbxGlossary> {
  try {
    return parseTbxGlossary(text);
  } catch (error) {
    if (isDomainError(error) && error.code === "UNSUPPORTED_FORMAT") throw new DomainError("UNSUPPORTED_GLOSSARY", { name });
    throw error;
  }
}
