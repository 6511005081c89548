import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { detectSourceFormat } from "./detect-source-format";

const text = (s: string) => new TextEncoder().encode(s);

function refusal(fn: () => unknown): { code: string; params: object } | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, params: error.params };
    throw error;
  }
  return undefined;
}

describe("detectSourceFormat", () => {
  it.each([
    ["notes.txt", "正文。", "text"],
    ["NOTES.TEXT", "正文。", "text"],
    ["README", "正文。", "text"],
    ["article.md", "# 标题\n正文。", "markdown"],
    ["article.markdown", "正文。", "markdown"],
    ["page.html", "<p>正文</p>", "html"],
    ["page.htm", "<p>正文</p>", "html"],
    ["page.xhtml", "<p>正文</p>", "html"],
    ["saved-page.txt", "<!DOCTYPE html>\n<html><body>正文</body></html>", "html"],
    ["saved-page.txt", "\ufeff  <!-- saved from url -->\n<html lang=zh>", "html"],
    ["page.txt", '<?xml version="1.0"?>\n<!doctype html><html>', "html"],
    ["talk.txt", "<b>not a page</b>, only text with a tag", "text"],
  ])("reads %s (%j) as %s", (name, content, expected) => {
    expect(detectSourceFormat(name, text(content))).toBe(expected);
  });

  it("sniffs HTML in UTF-16 with a byte order mark", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."<html>"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(detectSourceFormat("x.txt", utf16)).toBe("html");
  });

  it("recognises a .docx by its content, whatever its name", async () => {
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("中文")] }] })));
    expect(detectSourceFormat("report.docx", docx)).toBe("docx");
    expect(detectSourceFormat("report", docx)).toBe("docx");
    expect(detectSourceFormat("report.zip", docx)).toBe("docx");
  });

  it("passes a damaged .docx on as docx, for extractDocx to report", () => {
    expect(detectSourceFormat("broken.docx", text("not a zip at all"))).toBe("docx");
    expect(detectSourceFormat("broken.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe("docx");
  });

  it.each([
    ["paper.pdf", [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]],
    ["old.doc", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ["letter.rtf", [...text("{\\rtf1\\ansi")]],
    ["photo.png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ["photo.jpg", [0xff, 0xd8, 0xff, 0xe0]],
    ["archive.zip", [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]],
    ["renamed.txt", [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]],
    ["data.csv", [...text("a,b\n1,2\n")]],
    ["book.epub", [...text("text")]],
  ])("refuses %s as UNSUPPORTED_FORMAT", (name, bytes) => {
    expect(refusal(() => detectSourceFormat(`/uploads/${name}`, new Uint8Array(bytes)))).toEqual({
      code: "UNSUPPORTED_FORMAT",
      params: { name },
    });
  });
});
