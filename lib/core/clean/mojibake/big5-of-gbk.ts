// What a GBK pair reads as in Big5, built once per process on first use with the platform's TextDecoder.

let table: Uint16Array | undefined;

function buildTable(): Uint16Array {
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail <= 0x7e || trail >= 0xa1) codes.push((lead << 8) | trail);
  }
  const bytes = new Uint8Array(codes.length * 3);
  codes.forEach((code, i) => bytes.set([code >> 8, code & 0xff, 0x0a], i * 3));
  const pieces = new TextDecoder("big5").decode(bytes).split("\n");
  const decoded = new Uint16Array(0x10000);
  codes.forEach((code, i) => {
    const unit = pieces[i].length === 1 ? pieces[i].charCodeAt(0) : 0;
    if (unit !== 0xfffd && (unit < 0xe000 || unit > 0xf8ff)) decoded[code] = unit;
  });
  return decoded;
}

/** The character the GBK pair `code` (lead << 8 | trail) is in Big5, or 0. */
export function big5OfGbk(code: number): number {
  table ??= buildTable();
  return table[code];
}
