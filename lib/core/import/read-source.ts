import { DomainError } from "../errors";
import { MAX_IMPORT_BYTES } from "../limits";
import { decodeBytes } from "./decode-bytes";
import type { EncodingGuess } from "./detect-encoding";
import { detectSourceFormat, type SourceFormat } from "./detect-source-format";
import type { SourceEncoding } from "./encodings";
import { extractDocx } from "./extract-docx";
import { sniffHtmlCharset } from "./sniff-html-charset";
import { sourceText } from "./source-text";

// Callers that recompute the text of a stored source need sourceText alongside readSource.
export { sourceText };

export type ReadSourceInput = {
  bytes: Uint8Array;
  fileName: string;
  /** The user's choice of encoding; without it the encoding is detected. Ignored for .docx. */
  encoding?: SourceEncoding;
};

/** An uploaded file read: `raw` is what the database keeps; `text` is sourceText(raw), for convenience. */
export type ReadSourceResult = {
  raw: string;
  text: string;
  format: SourceFormat;
  encoding: SourceEncoding;
  detected: EncodingGuess;
  replacementCount: number;
  title: string | null;
};

/**
 * Reads an uploaded file into its raw text: the decoded file for text, Markdown and HTML (an HTML
 * page's declared charset is followed unless the bytes clearly say otherwise), the extracted text for
 * .docx (its bytes are not text). Throws SOURCE_TOO_LARGE, UNSUPPORTED_FORMAT, BINARY_FILE,
 * UNDECODABLE or UNREADABLE_DOCX.
 */
export async function readSource({ bytes, fileName, encoding }: ReadSourceInput): Promise<ReadSourceResult> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new DomainError("SOURCE_TOO_LARGE", { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  const format = detectSourceFormat(fileName, bytes);
  if (format === "docx") {
    const { text } = await extractDocx(bytes);
    // The text of a .docx is stored as UTF-8 XML: there is nothing to detect.
    return { raw: text, text, format, encoding: "utf-8", detected: { encoding: "utf-8", confidence: 1 }, replacementCount: 0, title: null };
  }
  const hint = format === "html" ? sniffHtmlCharset(bytes) : null;
  const decoded = decodeBytes(bytes, { encoding, hint });
  const { text, title } = sourceText({ raw: decoded.text, format });
  return { raw: decoded.text, text, format, encoding: decoded.encoding, detected: decoded.detected, replacementCount: decoded.replacementCount, title };
}
