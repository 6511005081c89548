import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DomainError } from "../errors";
import { MAX_IMPORT_BYTES, MAX_PARAGRAPHS } from "../limits";
import { prepareImport } from "./prepare-import";

function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe("prepareImport", () => {
  it("imports the demo forum page as Traditional text with its raw source kept", () => {
    const bytes = readFileSync("samples/demo-forum-page.txt");
    const prepared = prepareImport({ kind: "file", bytes, fileName: "/tmp/demo-forum-page.txt" });
    expect(prepared.title).toBe("demo-forum-page");
    expect(prepared.encoding).toBe("utf-8");
    expect(prepared.script).toBe("hant");
    expect(prepared.raw).toBe(bytes.toString("utf8"));
    expect(prepared.segments.length).toBeGreaterThan(20);
    expect(prepared.segments.some((s) => s.source.startsWith("這是一場沒有硝煙的戰"))).toBe(true);
  });

  it("takes a pasted text's title from its first paragraph unless one is given", () => {
    expect(prepareImport({ kind: "text", text: "\n标题\n正文。" }).title).toBe("标题");
    expect(prepareImport({ kind: "text", text: "正文。", title: "  My title " }).title).toBe("My title");
    expect(prepareImport({ kind: "text", text: "简体中文的文章。" }).script).toBe("hans");
  });

  it("refuses an empty paste", () => {
    expect(refusal(() => prepareImport({ kind: "text", text: " \n\u3000 " }))).toBe("EMPTY_SOURCE");
  });

  it("accepts a source of exactly MAX_IMPORT_BYTES and refuses one byte more", () => {
    const atLimit = "a".repeat(MAX_IMPORT_BYTES - 1) + "\n";
    expect(prepareImport({ kind: "text", text: atLimit }).segments).toHaveLength(1);
    expect(refusal(() => prepareImport({ kind: "text", text: atLimit + "b" }))).toBe("SOURCE_TOO_LARGE");
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    expect(refusal(() => prepareImport({ kind: "file", bytes: big, fileName: "big.txt" }))).toBe("SOURCE_TOO_LARGE");
  });

  it("counts a pasted text's size in UTF-8 bytes, not characters", () => {
    const chinese = "中".repeat(Math.floor(MAX_IMPORT_BYTES / 3) + 1); // 3 bytes each
    expect(refusal(() => prepareImport({ kind: "text", text: chinese }))).toBe("SOURCE_TOO_LARGE");
  });

  it("accepts MAX_PARAGRAPHS paragraphs and refuses one more", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `第${i}段。`).join("\n");
    expect(prepareImport({ kind: "text", text: lines(MAX_PARAGRAPHS) }).segments).toHaveLength(MAX_PARAGRAPHS);
    expect(refusal(() => prepareImport({ kind: "text", text: lines(MAX_PARAGRAPHS + 1) }))).toBe("TOO_MANY_PARAGRAPHS");
  });

  it("refuses a binary file", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]);
    expect(refusal(() => prepareImport({ kind: "file", bytes: zip, fileName: "a.zip" }))).toBe("BINARY_FILE");
  });
});
