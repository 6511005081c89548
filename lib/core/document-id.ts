/**
 * A document id from a URL (a path segment or a query value such as `?from=12`): only plain decimal
 * digits of a safe positive integer, else null. "1e3", " 7", "0x10", "-1" and repeated values are refused.
 */
export function parseDocumentId(value: string | string[] | undefined | null): number | null {
  if (typeof value !== "string" || !/^[1-9][0-9]{0,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}
