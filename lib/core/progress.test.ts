import { describe, expect, it } from "vitest";
import { computeProgress } from "./progress";

describe("computeProgress", () => {
  it("counts translated and reviewed segments as done", () => {
    expect(
      computeProgress([
        { status: "untranslated", count: 3 },
        { status: "draft", count: 2 },
        { status: "translated", count: 4 },
        { status: "reviewed", count: 1 },
      ]),
    ).toEqual({ total: 10, translated: 5, percent: 50 });
  });

  it("rounds down so that 100% means every segment", () => {
    expect(computeProgress([{ status: "translated", count: 199 }, { status: "draft", count: 1 }]).percent).toBe(99);
  });

  it("reports 0% for a document without segments", () => {
    expect(computeProgress([])).toEqual({ total: 0, translated: 0, percent: 0 });
  });
});
