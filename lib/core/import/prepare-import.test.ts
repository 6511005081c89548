import { describe, expect, it } from "vitest";
import { DEFAULT_CLEANUP_CHOICES } from "../clean/clean-text";
import { MAX_IMPORT_BYTES, MAX_PARAGRAPHS } from "../limits";
import { pastedSource, prepareImport } from "./prepare-import";
import { refusal } from "../testing/refusal";


const raw = { cleanup: null };
const cleaned = { cleanup: DEFAULT_CLEANUP_CHOICES };

describe("prepareImport", () => {
  it("keeps the raw text unchanged and stores the cleanup choices it used", () => {
    const text = "正文第一段。 * c6 p, R# v. L/ |\n區(qū)第二段。";
    const prepared = prepareImport(pastedSource(text), { ...cleaned, sourceUrl: " https://example.com/a ", note: " scraped " });
    expect(prepared.raw).toBe(text);
    expect(prepared.segments.map((s) => s.source)).toEqual(["正文第一段。", "區第二段。"]);
    expect(JSON.parse(prepared.cleanup!)).toEqual(DEFAULT_CLEANUP_CHOICES);
    expect([prepared.sourceUrl, prepared.note]).toEqual(["https://example.com/a", "scraped"]);
  });

  it("imports without cleanup when asked", () => {
    const prepared = prepareImport(pastedSource("區(qū)第二段。"), raw);
    expect(prepared.segments[0].source).toBe("區(qū)第二段。");
    expect(prepared.cleanup).toBeNull();
  });

  it("takes a title from the options, else the source, else the first paragraph", () => {
    expect(prepareImport(pastedSource("\n标题\n正文。"), raw).title).toBe("标题");
    expect(prepareImport(pastedSource("正文。"), { ...raw, title: "  My title " }).title).toBe("My title");
    expect(prepareImport({ ...pastedSource("正文。"), title: "Page title" }, raw).title).toBe("Page title");
    expect(prepareImport(pastedSource("简体中文的文章。"), raw).script).toBe("hans");
    expect(prepareImport(pastedSource("繁體中文的文章。"), raw).script).toBe("hant");
  });

  it("refuses an empty paste, and a paste that cleanup leaves empty", () => {
    expect(refusal(() => prepareImport(pastedSource(" \n\u3000 "), raw))).toBe("EMPTY_SOURCE");
    expect(refusal(() => prepareImport(pastedSource("* v6 T2 G2 k' u8 A0 f"), cleaned))).toBe("EMPTY_SOURCE");
  });

  it("accepts a paste of exactly MAX_IMPORT_BYTES and refuses one byte more", () => {
    const atLimit = "a".repeat(MAX_IMPORT_BYTES - 1) + "\n";
    expect(prepareImport(pastedSource(atLimit), raw).segments).toHaveLength(1);
    expect(refusal(() => pastedSource(atLimit + "b"))).toBe("SOURCE_TOO_LARGE");
  });

  it("counts a paste's size in UTF-8 bytes, not characters", () => {
    expect(refusal(() => pastedSource("中".repeat(Math.floor(MAX_IMPORT_BYTES / 3) + 1)))).toBe("SOURCE_TOO_LARGE");
  });

  it("accepts MAX_PARAGRAPHS paragraphs and refuses one more", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `第${i}段。`).join("\n");
    expect(prepareImport(pastedSource(lines(MAX_PARAGRAPHS)), raw).segments).toHaveLength(MAX_PARAGRAPHS);
    expect(refusal(() => prepareImport(pastedSource(lines(MAX_PARAGRAPHS + 1)), raw))).toBe("TOO_MANY_PARAGRAPHS");
  });

  it.each([
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.com/a",
    "//example.com/a",
    "example.com/a",
    "https://",
    "https://exa mple.com/",
    "https://example.com/\u202Egpj.exe",
    `https://example.com/${"a".repeat(2000)}`,
  ])("refuses the source URL %#: %.40s", (sourceUrl) => {
    expect(refusal(() => prepareImport(pastedSource("正文。"), { ...raw, sourceUrl }))).toBe("INVALID_SOURCE_URL");
  });

  it.each([
    ["", ""],
    ["  ", ""],
    [" https://example.com/a?b=1&c=2#d ", "https://example.com/a?b=1&c=2#d"],
    ["HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM"],
    ["https://例子.中国/帖子", "https://例子.中国/帖子"],
  ])("keeps the source URL %j as %j", (sourceUrl, expected) => {
    expect(prepareImport(pastedSource("正文。"), { ...raw, sourceUrl }).sourceUrl).toBe(expected);
  });
});
