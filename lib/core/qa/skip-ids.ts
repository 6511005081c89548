// Digits that are not quantities: parts of URLs, e-mail addresses, hashes and ids (c6, COVID-19,
// a6d647f74c2e5a0b, IMG_2041). Shared by both sides so that they skip the same things.

const URL_OR_EMAIL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** The spans of URLs and e-mail addresses (looked for only where a text has "://", "www." or "@"). */
export function findUrls(text: string): { start: number; end: number }[] {
  if (!text.includes("://") && !text.includes("www.") && !text.includes("@")) return [];
  return [...text.matchAll(URL_OR_EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether the digits at [start, end) belong to an id rather than count something. */
export function isIdDigits(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (/(?:[A-Za-z_/#]|[A-Za-z]-)$/.test(before)) return true;
  return /^(?:[_/]|[A-Za-z]+[0-9_])/.test(text.slice(end, end + 12));
}
