import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { extractDocx } from "./extract-docx";
import { asyncRefusal } from "../testing/refusal";


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
