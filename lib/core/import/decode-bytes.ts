import { DomainError } from "../errors";

export type Decoded = { text: string; encoding: string };

const SNIFF_BYTES = 8192;

function hasBom(bytes: Uint8Array, bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

/** True when the bytes look like a binary file rather than text (NUL bytes or many control bytes). */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return head.length > 0 && controls / head.length > 0.05;
}

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM) and UTF-16 with a BOM.
 * Throws BINARY_FILE for binary data and UNDECODABLE for text in any other encoding.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (hasBom(bytes, [0xff, 0xfe])) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (hasBom(bytes, [0xfe, 0xff])) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  if (looksBinary(bytes)) throw new DomainError("BINARY_FILE");
  try {
    // TextDecoder drops a UTF-8 BOM by itself.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    throw new DomainError("UNDECODABLE", { encoding: "UTF-8" });
  }
}
