const SNIFF_BYTES = 8192;

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
