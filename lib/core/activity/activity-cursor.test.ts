import { describe, expect, it } from "vitest";
import { comesBefore, formatCursor, kindsAfter, parseCursor } from "./activity-cursor";

describe("activity cursor", () => {
  it("orders newest first, then comment, batch, revision, then by id", () => {
    expect(comesBefore({ at: 2, kind: "revision", id: 1 }, { at: 1, kind: "comment", id: 9 })).toBe(true);
    expect(comesBefore({ at: 1, kind: "comment", id: 1 }, { at: 1, kind: "revision", id: 9 })).toBe(true);
    expect(comesBefore({ at: 1, kind: "revision", id: 3 }, { at: 1, kind: "revision", id: 9 })).toBe(false);
    expect(kindsAfter("comment")).toEqual(["revision", "batch"]);
    expect(kindsAfter("revision")).toEqual([]);
  });

  it("round-trips through a URL and refuses anything else", () => {
    const cursor = { at: 1733222400000, kind: "batch" as const, id: 42 };
    expect(parseCursor(formatCursor(cursor))).toEqual(cursor);
    expect(parseCursor("1.other.2")).toBeNull();
    expect(parseCursor("1.revision.2; DROP")).toBeNull();
    expect(parseCursor(undefined)).toBeNull();
  });
});
