import { DomainError } from "../errors";

/** How a source file is read into text (see readSource and sourceText). */
export const SOURCE_FORMATS = ["text", "markdown", "html", "docx"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Files people drop by mistake that we do not read: PDF, old Word/Excel (OLE2), RTF, images, archives.
const UNSUPPORTED_MAGIC = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: .doc, .xls, .ppt
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x49, 0x46, 0x46], // RIFF: WebP, WAV, AVI
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() ?? fileName;

function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** True when the bytes hold this ASCII string (ZIP stores file names uncompressed). */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let i = bytes.indexOf(first); i >= 0 && i + text.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < text.length && bytes[i + j] === text.charCodeAt(j)) j++;
    if (j === text.length) return true;
  }
  return false;
}

/** An HTML document announces itself in its first characters, whatever the file is called. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const isUtf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const encoding = isUtf16 ? (bytes[0] === 0xff ? "utf-16le" : "utf-16be") : "windows-1252";
  const head = new TextDecoder(encoding).decode(bytes.subarray(0, 1024)).replace(/^\u00ef\u00bb\u00bf|^\ufeff/, "");
  const start = head.replace(/^(?:\s+|<\?xml[^>]*>|<!--[\s\S]*?-->)*/, "");
  return /^<!doctype\s+html\b/i.test(start) || /^<html[\s>]/i.test(start);
}

/**
 * The format of an uploaded file, from its content first (a ZIP holding word/document.xml is .docx,
 * a file opening with <!doctype html> or <html> is HTML) and its extension second. A file without an
 * extension is read as text. Throws UNSUPPORTED_FORMAT for anything else (PDF, .doc, images, archives).
 */
export function detectSourceFormat(fileName: string, bytes: Uint8Array): SourceFormat {
  const extension = extensionOf(fileName);
  const unsupported = () => new DomainError("UNSUPPORTED_FORMAT", { name: baseName(fileName) });
  if (startsWith(bytes, ZIP)) {
    // Every Office file has [Content_Types].xml; a Word document also has its word/document.xml.
    const isDocx = containsAscii(bytes, "[Content_Types].xml") && containsAscii(bytes, "word/document");
    // A .docx whose ZIP lacks its parts is a damaged Word file: extractDocx reports UNREADABLE_DOCX.
    if (isDocx || extension === "docx") return "docx";
    throw unsupported();
  }
  if (UNSUPPORTED_MAGIC.some((magic) => startsWith(bytes, magic))) throw unsupported();
  if (extension === "docx") return "docx";
  if (looksLikeHtml(bytes)) return "html";
  if (extension === "") return "text";
  const format = EXTENSIONS[extension];
  if (!format) throw unsupported();
  return format;
}
