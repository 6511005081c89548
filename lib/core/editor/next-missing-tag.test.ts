import { describe, expect, it } from "vitest";
import { tagChar } from "../formats/inline-tag-chars";
import { nextMissingTag } from "./next-missing-tag";

const [s, o, c] = [tagChar("standalone", 2), tagChar("open", 1), tagChar("close", 1)];
const source = `请${o}点击${c}这里${s}继续`;

describe("nextMissingTag", () => {
  it.each([
    ["", o],
    [`${o}Click`, c],
    [`${o}Click${c} here`, s],
    [`here${s}`, o],
    [`${o}Click${c} here${s}`, null],
  ])("after %j comes %j", (target, expected) => {
    expect(nextMissingTag(source, target)).toBe(expected);
  });

  it("a source without tags has none to insert", () => {
    expect(nextMissingTag("没有标签", "")).toBeNull();
  });
});
