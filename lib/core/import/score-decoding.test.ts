import { describe, expect, it } from "vitest";
import { scoreDecoding } from "./score-decoding";

describe("scoreDecoding", () => {
  it.each([
    ["Simplified Chinese", "我们今天去公园散步，天气很好。", 0.8, 1],
    ["Traditional Chinese", "我們今天去公園散步，天氣很好。", 0.8, 1],
    ["pure ASCII", "Hello, world!", 1, 1],
    ["Big5 bytes read as GBK", "さぱぱ,иそ堕床˙", -1, 0.1],
    ["GBK bytes read as Big5", "踏毞毞竭疑扂蠅鼠埶汃祭勘", 0, 0.45],
    ["replacement characters", "��中文��", -5, 0],
    ["private use", "\ue000\ue001中", -5, 0],
  ])("scores %s", (_, text, min, max) => {
    const { quality } = scoreDecoding(text);
    expect(quality).toBeGreaterThanOrEqual(min);
    expect(quality).toBeLessThanOrEqual(max);
  });

  it("counts replacement characters and ignores ASCII and whitespace", () => {
    expect(scoreDecoding("a\ufffd b\u3000中\ufffd")).toMatchObject({ replacementCount: 2, counted: 3 });
  });
});
