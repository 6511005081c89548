import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { DomainError } from "../errors";
import { MAX_DOCX_UNPACKED_BYTES } from "../limits";
import { buildDocxBomb } from "../testing/docx-bomb";
import { asyncRefusal, refusal } from "../testing/refusal";
import { extractDocx } from "./extract-docx";
import { unpackDocx } from "./unpack-docx";


async function buildDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("颱風過後的社區清潔日")] }),
          new Paragraph({
            children: [
              new TextRun("上週的颱風讓我們社區的街道滿是落葉和斷枝。"),
              new TextRun({ text: "星期六早上", bold: true }),
              new TextRun("，管委會號召大家一起打掃。"),
            ],
          }),
          new Paragraph(""),
          new Paragraph({ children: [new TextRun("\u3000\u3000中午的时候，整条街已经干干净净了。")] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe("extractDocx", () => {
  it("extracts heading and paragraphs in order, one paragraph each, without empty ones", async () => {
    expect(await extractDocx(await buildDocx())).toEqual({
      text: "颱風過後的社區清潔日\n\n上週的颱風讓我們社區的街道滿是落葉和斷枝。星期六早上，管委會號召大家一起打掃。\n\n中午的时候，整条街已经干干净净了。",
    });
  });

  it("reads a docx from a view into a larger buffer", async () => {
    const docx = await buildDocx();
    const padded = new Uint8Array(docx.length + 20);
    padded.set(docx, 10);
    expect((await extractDocx(padded.subarray(10, 10 + docx.length))).text).toMatch(/^颱風過後/);
  });

  it("reports a damaged file as UNREADABLE_DOCX", async () => {
    const docx = await buildDocx();
    expect(await asyncRefusal(extractDocx(docx.subarray(0, 300)))).toBe("UNREADABLE_DOCX");
    expect(await asyncRefusal(extractDocx(new TextEncoder().encode("not a zip")))).toBe("UNREADABLE_DOCX");
    expect(await asyncRefusal(extractDocx(new Uint8Array(0)))).toBe("UNREADABLE_DOCX");
  });
});

describe("a ZIP bomb (.docx whose XML inflates far beyond its size)", () => {
  const growthMb = () => (process.memoryUsage().rss - before) / 1024 / 1024;
  let before = 0;

  it.each([
    [32, 200_000],
    [300, 1_200_000],
  ])("of %i MiB is refused as DOCX_TOO_LARGE while unpacking, with memory bounded", async (inflatedMb, maxBytes) => {
    const bomb = buildDocxBomb(inflatedMb);
    expect(bomb.length).toBeLessThan(maxBytes);
    before = process.memoryUsage().rss;
    const refused = extractDocx(bomb).catch((error: unknown) => error);
    const error = await refused;
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "DOCX_TOO_LARGE", params: { limitMb: MAX_DOCX_UNPACKED_BYTES / 1024 / 1024 } });
    expect(growthMb()).toBeLessThan(150);
  });
});

describe("unpackDocx", () => {
  it("keeps the XML parts, skips media, and refuses one byte over its limit", async () => {
    const docx = await buildDocx();
    const parts = unpackDocx(docx);
    expect(Object.keys(parts)).toContain("word/document.xml");
    const size = Object.values(parts).reduce((sum, part) => sum + part.length, 0);
    expect(Object.keys(unpackDocx(docx, size))).toEqual(Object.keys(parts));
    expect(refusal(() => unpackDocx(docx, size - 1))).toBe("DOCX_TOO_LARGE");
    const withMedia = zipSync({ ...parts, "word/media/image1.png": new Uint8Array(size) });
    expect(Object.keys(unpackDocx(withMedia, size))).toEqual(Object.keys(parts));
  });
});
