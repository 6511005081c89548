// Names that every OS accepts: no path separators, reserved characters, controls or trailing dots
// and spaces (Windows), no reserved device names, at most 100 code points before the extension.
const RESERVED = /[<>:"/\\|?*\p{Cc}]/gu;
// Invisible format characters are dropped, not spaced: bidi controls (U+202A–202E, U+2066–2069,
// U+200E/200F, U+061C) would show "invoice\u202Efdp.exe.html" as "invoicelmth.exe.pdf"; zero-width
// characters and the BOM would make two equal-looking names differ.
const FORMAT = /\p{Cf}/gu;
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name made from a title, safe on Windows, macOS and Linux; Chinese characters are kept. */
export function safeFileName(title: string, extension: string, fallback = "document"): string {
  let base = title.normalize("NFC").replace(FORMAT, "").replace(RESERVED, " ").replace(/\s+/g, " ").trim();
  base = [...base].slice(0, 100).join("").replace(/[. ]+$/, "").replace(/^[. ]+/, "");
  if (base === "" || WINDOWS_DEVICES.test(base)) base = base === "" ? fallback : `${base}_`;
  return `${base}.${extension}`;
}

/** A header value for Content-Disposition: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const name = fileName.replace(/[\p{Cc}\p{Cf}]/gu, "");
  const ascii = name.replace(/[^\x20-\x7E]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The file name a Content-Disposition header names: the UTF-8 `filename*` when there is one, else the
 * quoted or bare `filename`; undefined without either. The inverse of contentDisposition.
 */
export function fileNameOfDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: the plain name below.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
  if (!plain) return undefined;
  return plain[1] !== undefined ? plain[1].replace(/\\(.)/g, "$1") : plain[2];
}
