import { describe, expect, it } from "vitest";
import { tagChar } from "../formats/inline-tag-chars";
import { checkParagraph } from "./check-paragraph";
import { checkTags } from "./check-tags";

const [s, o, c] = [(n: number) => tagChar("standalone", n), (n: number) => tagChar("open", n), (n: number) => tagChar("close", n)];
const source = `请${o(1)}点击${c(1)}这里${s(2)}继续`;
const codes = (target: string) => checkTags(source, target).map((finding) => `${finding.code} ${finding.params.tag}`);

describe("checkTags", () => {
  it.each([
    ["every tag in place", `${o(1)}Click${c(1)} here${s(2)}to go on`],
    ["tags moved around a different word", `Go on here${s(2)} and ${o(1)}click${c(1)}`],
  ])("no warning: %s", (_, target) => {
    expect(codes(target)).toEqual([]);
  });

  it.each([
    ["a standalone tag missing", `${o(1)}Click${c(1)} here to go on`, ["tags.missing {2}"]],
    ["a closing tag missing (the pair unpaired)", `${o(1)}Click here${s(2)}to go on`, ["tags.missing {/1}"]],
    ["a tag not in the source", `${o(1)}Click${c(1)} here${s(2)}${s(3)}`, ["tags.extra {3}"]],
    ["a tag twice", `${o(1)}Click${c(1)} ${s(2)}here${s(2)}`, ["tags.extra {2}"]],
    ["closing before opening", `${c(1)}Click${o(1)} here${s(2)}`, ["tags.order {/1}"]],
  ])("warns: %s", (_, target, expected) => {
    expect(codes(target)).toEqual(expected);
  });

  it("points at the missing tag in the source, in code points", () => {
    const [finding] = checkTags(`𠀀${s(1)}`, "x");
    expect(finding.sourceRange).toEqual({ start: 1, end: 2 });
  });

  it("texts without tags give nothing", () => {
    expect(checkTags("没有标签", "No tags")).toEqual([]);
  });

  it("runs with the paragraph's checks, not on an empty translation", () => {
    const segment = { id: 1, source, status: "draft" };
    expect(checkParagraph({ ...segment, target: "Click here to go on" }).filter((f) => f.check === "tags")).toHaveLength(3);
    expect(checkParagraph({ ...segment, target: "" })).toEqual([]);
  });
});
