import { describe, expect, it } from "vitest";
import { sampleTranslated } from "./__fixtures__/sample-translated";
import { checkDocument } from "./check-document";

const keysById = (found: Map<number, { key: string }[]>) => Object.fromEntries([...found].map(([id, findings]) => [id, findings.map((f) => f.key)]));

describe("checkDocument", () => {
  it("is quiet on the sample translated faithfully", () => {
    expect(keysById(checkDocument(sampleTranslated()))).toEqual({});
  });

  it("finds what was planted, on the right paragraphs", () => {
    const segments = sampleTranslated();
    segments[3] = { ...segments[3], target: segments[3].target.replace("more than 20,000", "2,000") };
    segments[2] = { ...segments[2], target: segments[2].target.replace("At 5 a.m.", "Later") };
    segments[8] = { ...segments[8], target: "876 compounds were disinfected." };
    segments.push({ id: 11, source: segments[5].source, target: "One round took hours.", status: "translated" });
    segments.push({ id: 12, source: "下載附件", target: "", status: "translated" });
    expect(keysById(checkDocument(segments))).toEqual({
      3: ["dates.missingTime:05:00"],
      4: ["numbers.mismatch:20000:2000"],
      6: ["consistency.sourceVariants"],
      9: ["numbers.missing:62", "numbers.missing:14", "numbers.missing:176", "numbers.missing:1260", "numbers.missing:8000000", "length.short"],
      11: ["numbers.missing:2", "numbers.missing:3", "length.short", "consistency.sourceVariants"],
      12: ["untranslated.empty"],
    });
  });
});
