import { toSourceEncoding, type SourceEncoding } from "./encodings";

const SNIFF_BYTES = 2048;
// <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=big5">, and the
// XML declaration of XHTML: <?xml version="1.0" encoding="gb2312"?>.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-zA-Z0-9_.:-]+)/i;

/**
 * The encoding an HTML file declares in its first 2 KB (meta charset, http-equiv content type, XML
 * declaration), or null when it declares none we read. readSource passes it to decodeBytes as a hint:
 * a BOM or valid UTF-8 still wins, and among GB18030/Big5 it wins unless the other reads clearly better.
 */
export function sniffHtmlCharset(bytes: Uint8Array): SourceEncoding | null {
  // Charset declarations are ASCII; windows-1252 maps each byte to one character, so nothing is lost.
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, SNIFF_BYTES));
  const declared = head.match(XML_ENCODING)?.[1] ?? head.match(META_CHARSET)?.[1];
  return declared ? toSourceEncoding(declared) : null;
}
