import { describe, expect, it } from "vitest";
import { isAnchored, reanchorAnnotation } from "./reanchor-annotation";

describe("reanchorAnnotation", () => {
  it("keeps a span whose text is where it was", () => {
    expect(reanchorAnnotation({ start: 2, end: 4, quote: "城管" }, "隨州城管")).toEqual({ start: 2, end: 4 });
  });

  it("follows its text when the source changed before it", () => {
    expect(reanchorAnnotation({ start: 8, end: 10, quote: "城管" }, "隨州城管執法")).toEqual({ start: 2, end: 4 });
  });

  it("counts characters outside the BMP as one", () => {
    expect(reanchorAnnotation({ start: 0, end: 2, quote: "城管" }, "𠀀𪚥城管")).toEqual({ start: 2, end: 4 });
    expect(isAnchored({ start: 2, end: 4, quote: "城管" }, "𠀀𪚥城管")).toBe(true);
    expect(reanchorAnnotation({ start: 5, end: 6, quote: "𪚥" }, "a𠀀𪚥")).toEqual({ start: 2, end: 3 });
  });

  it("picks the occurrence nearest the old place", () => {
    expect(reanchorAnnotation({ start: 6, end: 8, quote: "城管" }, "城管和城管和城管")).toEqual({ start: 6, end: 8 });
    expect(reanchorAnnotation({ start: 5, end: 7, quote: "城管" }, "城管，，城管")).toEqual({ start: 4, end: 6 });
  });

  it("reports a quote that is gone", () => {
    expect(reanchorAnnotation({ start: 0, end: 2, quote: "城管" }, "警察")).toBeNull();
    expect(reanchorAnnotation({ start: 0, end: 0, quote: "" }, "警察")).toBeNull();
  });
});
