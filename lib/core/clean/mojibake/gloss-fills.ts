import { pinyin } from "pinyin-pro";
import { gbkTables } from "./gbk-tables";

const cache = new Map<string, number[]>();

/**
 * The bytes a `?guī)` leftover may stand for. On the damaged pages the glosser read a misdecoded
 * character made of the byte before the `?` and the lost byte (我 CE D2 · 規 D2 8E · 帶 8E A7), so the
 * lost byte is the trail of a character that starts with `lead` and reads `reading`.
 */
export function glossFills(lead: number, reading: string): number[] {
  if (lead < 0x81) return [];
  const key = `${lead}:${reading}`;
  let bytes = cache.get(key);
  if (!bytes) {
    const { decode } = gbkTables();
    bytes = [];
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const unit = decode[(lead << 8) | trail];
      if (unit === 0) continue;
      const readings = pinyin(String.fromCharCode(unit), { multiple: true, type: "array" });
      if (readings.includes(reading)) bytes.push(trail);
    }
    cache.set(key, bytes);
  }
  return bytes;
}
