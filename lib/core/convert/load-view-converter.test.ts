import { Converter } from "opencc-js";
import { describe, expect, it } from "vitest";
import { loadViewConverter } from "./load-view-converter";
import { mappedString, toSourceOffset, toViewRange } from "./mapped-text";

const SIMPLIFIED = "随州市城管执法委全员战疫。我用鼠标打开软件，查看网络信息。出租车和的士在香港。";
const TRADITIONAL = "隨州市城管執法委全員戰疫。這是一場沒有硝煙的戰爭，鼠標和軟件的信息。";

describe("loadViewConverter", () => {
  it("shows the original as written", async () => {
    const convert = await loadViewConverter("hant", "original");
    expect(mappedString(convert(TRADITIONAL))).toBe(TRADITIONAL);
  });

  it.each([
    ["hans", "hant", "cn", "t"],
    ["hans", "tw", "cn", "tw"],
    ["hans", "hk", "cn", "hk"],
    ["hans", "twp", "cn", "twp"],
    ["hant", "hans", "t", "cn"],
    ["hant", "tw", "t", "tw"],
    ["hant", "hk", "t", "hk"],
    ["hant", "twp", "t", "twp"],
  ] as const)("%s → %s gives what OpenCC gives (%s → %s)", async (script, view, from, to) => {
    const text = script === "hans" ? SIMPLIFIED : TRADITIONAL;
    const convert = await loadViewConverter(script, view);
    expect(mappedString(convert(text))).toBe(Converter({ from, to })(text));
  });

  it("converts 隨州 to 随州 and back, and uses Taiwan's words only in the Taiwan vocabulary view", async () => {
    expect(mappedString((await loadViewConverter("hant", "hans"))("隨州"))).toBe("随州");
    expect(mappedString((await loadViewConverter("hans", "hant"))("随州"))).toBe("隨州");
    expect(mappedString((await loadViewConverter("hans", "twp"))("软件和鼠标"))).toBe("軟體和滑鼠");
    expect(mappedString((await loadViewConverter("hant", "twp"))("軟件和鼠標"))).toBe("軟體和滑鼠");
    expect(mappedString((await loadViewConverter("hans", "tw"))("软件和鼠标"))).toBe("軟件和鼠標");
  });

  it.each([
    ["hans", "社区科学调度", "社區科學調度", "社群科學排程"],
    ["hant", "社區科學調度", "社區科學調度", "社群科學排程"],
  ] as const)("keeps the words of %s text in Taiwan and Hong Kong characters; Taiwan vocabulary replaces them", async (script, text, characters, vocabulary) => {
    expect(mappedString((await loadViewConverter(script, "tw"))(text))).toBe(characters);
    expect(mappedString((await loadViewConverter(script, "hk"))(text))).toBe(characters);
    expect(mappedString((await loadViewConverter(script, "twp"))(text))).toBe(vocabulary);
  });

  it("maps a length-changing phrase as a whole and the rest character by character", async () => {
    // 的士 (2) becomes 計程車 (3) in Taiwan vocabulary.
    const mapped = (await loadViewConverter("hans", "twp"))("坐的士去");
    expect(mappedString(mapped)).toBe("坐計程車去");
    expect(toViewRange(mapped, 0, 1)).toEqual([0, 1]);
    expect(toViewRange(mapped, 1, 3)).toEqual([1, 4]);
    expect(toViewRange(mapped, 2, 3)).toEqual([1, 4]);
    expect(toViewRange(mapped, 3, 4)).toEqual([4, 5]);
    expect(toSourceOffset(mapped, 4)).toBe(3);
    expect(toSourceOffset(mapped, 2)).toBe(1);
    expect(toSourceOffset(mapped, 5)).toBe(4);
  });

  it("keeps astral characters as single code points", async () => {
    const mapped = (await loadViewConverter("hant", "hans"))("𠀀隨州𪚥");
    expect(mapped.chars).toEqual(["𠀀", "随", "州", "𪚥"]);
    expect(toViewRange(mapped, 3, 4)).toEqual([3, 4]);
  });
});
