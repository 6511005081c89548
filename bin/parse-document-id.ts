import { CliError } from "./cli-error";

/** A document id typed by the user: a positive whole number. */
export function parseDocumentId(text: string): number {
  const id = /^[1-9]\d{0,15}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(id)) throw new CliError(`Invalid document ID "${text}": expected a positive whole number.`);
  return id;
}
