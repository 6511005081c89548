// GBK's user-defined pairs (AAA1–AFFE, F8A1–FEFE, A140–A7A0) decode to private-use code points: a
// misread run of UTF-8 or Big5 bytes shows them, though no real text does.

let codes: Map<number, number> | undefined;

function buildCodes(): Map<number, number> {
  const pairs: number[] = [];
  const add = (leads: [number, number], trails: [number, number]) => {
    for (let lead = leads[0]; lead <= leads[1]; lead++) {
      for (let trail = trails[0]; trail <= trails[1]; trail++) if (trail !== 0x7f) pairs.push((lead << 8) | trail);
    }
  };
  add([0xaa, 0xaf], [0xa1, 0xfe]);
  add([0xf8, 0xfe], [0xa1, 0xfe]);
  add([0xa1, 0xa7], [0x40, 0xa0]);
  const bytes = new Uint8Array(pairs.length * 3);
  pairs.forEach((code, i) => bytes.set([code >> 8, code & 0xff, 0x0a], i * 3));
  const pieces = new TextDecoder("gbk").decode(bytes).split("\n");
  const map = new Map<number, number>();
  pairs.forEach((code, i) => {
    const unit = pieces[i].length === 1 ? pieces[i].charCodeAt(0) : 0;
    if (unit >= 0xe000 && unit <= 0xf8ff) map.set(unit, code);
  });
  return map;
}

/** The GBK pair a private-use code point stands for, or 0. */
export function privateUseCode(unit: number): number {
  if (unit < 0xe000 || unit > 0xf8ff) return 0;
  codes ??= buildCodes();
  return codes.get(unit) ?? 0;
}
