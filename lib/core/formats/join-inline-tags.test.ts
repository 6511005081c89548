import { describe, expect, it } from "vitest";
import { tagChar } from "./inline-tag-chars";
import type { InlineTag } from "./inline-tags";
import { joinInlineTags } from "./join-inline-tags";

const [s, o, c] = [(n: number) => tagChar("standalone", n), (n: number) => tagChar("open", n), (n: number) => tagChar("close", n)];
const tag = (char: string, id: string): InlineTag => ({ char, kind: "standalone", format: "xliff12", name: "x", attrs: { id }, text: "" });

describe("joinInlineTags", () => {
  it("renumbers the second paragraph's tags after the first's, in source, target and markup", () => {
    const first = { source: `甲${o(1)}乙${c(1)}`, target: `A${o(1)}B${c(1)}`, tags: [] };
    const second = { source: `丙${s(1)}`, target: `C${s(1)}`, tags: [tag(s(1), "9")] };
    expect(joinInlineTags(first, second)).toEqual({ source: `丙${s(2)}`, target: `C${s(2)}`, tags: [tag(s(2), "9")] });
  });

  it("leaves paragraphs without tags as they are", () => {
    const second = { source: "丙", target: "C", tags: [] };
    expect(joinInlineTags({ source: "甲", target: "", tags: [] }, second)).toEqual(second);
    expect(joinInlineTags({ source: `甲${s(1)}`, target: "", tags: [tag(s(1), "1")] }, second)).toEqual({ ...second, tags: [tag(s(1), "1")] });
  });
});
