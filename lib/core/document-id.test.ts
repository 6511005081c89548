import { describe, expect, it } from "vitest";
import { parseDocumentId } from "./document-id";

describe("parseDocumentId", () => {
  it.each([
    ["1", 1],
    ["42", 42],
    ["9007199254740991", 9007199254740991],
  ])("%j → %j", (value, id) => {
    expect(parseDocumentId(value)).toBe(id);
  });

  it.each([undefined, null, "", "0", "-1", "01", " 7", "7 ", "1e3", "0x10", "1.0", "12abc", "9007199254740993", "99999999999999999", "javascript:alert(1)", ["1", "2"]])(
    "refuses %j",
    (value) => {
      expect(parseDocumentId(value)).toBeNull();
    },
  );
});
