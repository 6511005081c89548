import { describe, expect, it } from "vitest";
import { MAX_ANALYSIS_DOCUMENTS, reportHref, ZIds, ZUnit } from "./analysis-query";

describe("analysis query", () => {
  it("reads ids as a query writes them, each once, in order", () => {
    expect(ZIds.parse("3,1,3")).toEqual([3, 1]);
    expect(ZIds.parse("7")).toEqual([7]);
  });

  it.each([[""], ["abc"], ["1,"], [",1"], ["0"], ["1;2"], ["-1"], ["1.5"], ["9999999999999999"], [Array.from({ length: MAX_ANALYSIS_DOCUMENTS + 1 }, (_, i) => i + 1).join(",")]])("refuses the ids %s", (ids) => {
    expect(ZIds.safeParse(ids).success).toBe(false);
  });

  it("analyses by paragraph unless the query asks for sentences", () => {
    expect(ZUnit.parse("sentence")).toBe("sentence");
    expect(ZUnit.parse(undefined)).toBe("paragraph");
    expect(ZUnit.parse(["sentence", "x"])).toBe("paragraph");
  });

  it("links the CSV and the report", () => {
    expect(reportHref("csv", [2, 1], "sentence")).toBe("/api/analysis/report?ids=2%2C1&unit=sentence&format=csv");
  });
});
