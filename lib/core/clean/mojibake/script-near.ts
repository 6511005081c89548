import type { Script } from "./char-cost";
import { BIG5_COMMON, GB_COMMON, gbkTables } from "./gbk-tables";

const REACH = 120;

/** The script of the text around `at` (up to 120 units either side), from the characters only one script uses. */
export function scriptNear(text: string, at: number): Script {
  const { flags } = gbkTables();
  let hantOnly = 0;
  let hansOnly = 0;
  let kana = 0;
  for (let i = Math.max(0, at - REACH), end = Math.min(text.length, at + REACH); i < end; i++) {
    const unit = text.charCodeAt(i);
    const f = flags[unit] & (GB_COMMON | BIG5_COMMON);
    if (f === BIG5_COMMON) hantOnly++;
    else if (f === GB_COMMON) hansOnly++;
    else if (unit >= 0x3040 && unit <= 0x30ff) kana++;
  }
  if (kana >= 3) return "ja";
  if (hantOnly >= 2 && hantOnly > 2 * hansOnly) return "hant";
  if (hansOnly >= 2 && hansOnly > 2 * hantOnly) return "hans";
  return "mixed";
}

/** The script around each 256-unit block, computed once per block that holds a `?`. */
export function scriptCache(text: string): (at: number) => Script {
  const cache = new Map<number, Script>();
  return (at) => {
    const block = at >> 8;
    let script = cache.get(block);
    if (!script) {
      script = scriptNear(text, (block << 8) + 128);
      cache.set(block, script);
    }
    return script;
  };
}
