import iconv from "iconv-lite";
import type { SourceEncoding } from "./encodings";

// Node's TextDecoder("big5") (ICU) decodes the Hong Kong (HKSCS) and ETEN extension codes — about 6,200
// characters, among them pinyin with tone marks, 咔, 榘 and the ETEN box drawing — to private-use
// characters, where browsers (WHATWG's Big5) and iconv-lite's big5 give the real ones. iconv-lite is
// about 10× slower, so TextDecoder decodes, and the private-use characters it returns are then mapped
// to iconv-lite's reading of the same bytes (a table built once, in about 50 ms, when first needed).
// For GB18030, TextDecoder follows the current standard (iconv-lite still maps 18 codes to private use).
const PRIVATE_USE = /[\ue000-\uf8ff]/g;

let big5PrivateUse: Map<string, string> | null = null;

/** For each Big5 code TextDecoder reads as a private-use character: what iconv-lite reads instead. */
function big5PrivateUseTable(): Map<string, string> {
  if (big5PrivateUse) return big5PrivateUse;
  const decoder = new TextDecoder("big5");
  const table = new Map<string, string>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue; // not a Big5 trail byte
      pair.set([lead, trail]);
      const privateUse = decoder.decode(pair);
      if (privateUse.length !== 1 || !privateUse.match(PRIVATE_USE)) continue;
      const real = iconv.decode(pair, "big5");
      if (real !== "\ufffd" && !real.match(PRIVATE_USE)) table.set(privateUse, real);
    }
  }
  big5PrivateUse = table;
  return table;
}

/**
 * Decodes bytes with an encoding, never throwing: undecodable bytes become U+FFFD. With `isPrefix`, the
 * bytes are a sample cut anywhere, and a character cut at the end is left out instead of replaced.
 */
export function decodeAs(bytes: Uint8Array, encoding: SourceEncoding, isPrefix = false): string {
  const text = new TextDecoder(encoding).decode(bytes, { stream: isPrefix });
  if (encoding !== "big5" || !text.match(PRIVATE_USE)) return text;
  const table = big5PrivateUseTable();
  return text.replace(PRIVATE_USE, (char) => table.get(char) ?? char);
}
