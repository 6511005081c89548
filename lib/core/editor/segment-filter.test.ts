import { describe, expect, it } from "vitest";
import type { SegmentStatus } from "../model";
import { filterRows, matchesFilter, matchesQuery, nextWithStatus } from "./segment-filter";

const rows: { status: SegmentStatus; hasNotes: boolean; source: string; target: string }[] = [
  { status: "untranslated", hasNotes: false, source: "随州市", target: "" },
  { status: "draft", hasNotes: true, source: "城管", target: "Urban Management" },
  { status: "translated", hasNotes: false, source: "执法", target: "law enforcement" },
  { status: "reviewed", hasNotes: false, source: "全员", target: "all staff" },
];

describe("segment filter", () => {
  it.each([
    ["all", [0, 1, 2, 3]],
    ["untranslated", [0]],
    ["draft", [1]],
    ["translated", [2]],
    ["reviewed", [3]],
    ["notes", [1]],
  ] as const)("%s keeps %j", (filter, expected) => {
    expect(filterRows(rows, filter, null)).toEqual(expected);
    expect(rows.filter((row) => matchesFilter(row, filter)).length).toBe(expected.length);
  });

  it("finds in the source by key and in the target ignoring case", () => {
    expect(matchesQuery("随州市", "", "随州")).toBe(true);
    expect(matchesQuery("城管", "Urban Management", "urban")).toBe(true);
    expect(matchesQuery("城管", "Urban", "x")).toBe(false);
    const query = { key: "law", sourceKey: (row: (typeof rows)[number]) => row.source, target: (row: (typeof rows)[number]) => row.target };
    expect(filterRows(rows, "all", query)).toEqual([2]);
    expect(filterRows(rows, "untranslated", query)).toEqual([]);
  });

  it("finds the next paragraph with a status, wrapping round, never the current one", () => {
    const statuses = rows.map((row) => row.status);
    expect(nextWithStatus(statuses, 1, "untranslated")).toBe(0);
    expect(nextWithStatus(statuses, 0, "untranslated")).toBeNull();
    expect(nextWithStatus(statuses, 0, "reviewed")).toBe(3);
  });
});
