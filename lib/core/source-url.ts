import { DomainError } from "./errors";

export const MAX_SOURCE_URL_LENGTH = 2000;

// Only http(s) URLs are stored, linked or exported: a javascript:, data: or vbscript: "source" would run
// when its link is clicked in the app or in an exported page. The scheme is read from the text itself
// (no whitespace or control character anywhere), because browsers drop such characters before reading
// a scheme: "java\tscript:" is javascript:.
const HTTP_URL = /^https?:\/\/[^\s\p{Cc}\p{Cf}]+$/iu;

/** True for an absolute http: or https: URL without whitespace, control or format characters. */
export function isHttpUrl(text: string): boolean {
  return text.length <= MAX_SOURCE_URL_LENGTH && HTTP_URL.test(text) && URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

/** The source URL a user gave, trimmed ("" for none); throws INVALID_SOURCE_URL for anything but an http(s) URL. */
export function parseSourceUrl(text: string | undefined): string {
  const url = text?.trim() ?? "";
  if (url !== "" && !isHttpUrl(url)) throw new DomainError("INVALID_SOURCE_URL");
  return url;
}

/** A stored source URL fit to write into an export or a link: itself when http(s), else "" (data stored before the check). */
export function safeSourceUrl(text: string): string {
  return isHttpUrl(text) ? text : "";
}
