// Names that every OS accepts: no path separators, reserved characters, controls or trailing dots
// and spaces (Windows), no reserved device names, at most 100 code points before the extension.
const RESERVED = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name made from a title, safe on Windows, macOS and Linux; Chinese characters are kept. */
export function safeFileName(title: string, extension: string, fallback = "document"): string {
  let base = title.normalize("NFC").replace(RESERVED, " ").replace(/\s+/g, " ").trim();
  base = [...base].slice(0, 100).join("").replace(/[. ]+$/, "").replace(/^[. ]+/, "");
  if (base === "" || WINDOWS_DEVICES.test(base)) base = base === "" ? fallback : `${base}_`;
  return `${base}.${extension}`;
}

/** A header value for Content-Disposition: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
