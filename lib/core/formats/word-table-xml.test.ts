import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { wordFootnoteReferenceXml, wordRowXml, wordRunsXml, type WordRunStyle } from "./word-table-xml";
import { xmlText } from "./xml";

// The rows written as text must be the rows the docx library writes for the same content.

type Cell = { text: string; style: WordRunStyle; footnotes?: number[] };

const CELLS: [Cell, Cell][] = [
  [{ text: "研发 & 测试", style: { eastAsiaFont: "Microsoft YaHei", language: { eastAsia: "zh-CN" }, bold: false } }, { text: "R&D & testing", style: { language: { value: "en-US" }, bold: false } }],
  [{ text: "标题", style: { eastAsiaFont: "Microsoft JhengHei", language: { eastAsia: "zh-HK" }, bold: true }, footnotes: [1, 2] }, { text: "Title", style: { language: { value: "en-GB" }, bold: true } }],
  [
    { text: `他说："好'的" <标签>\t制表 {x}\r\n下一行\u0001控制👍`, style: { eastAsiaFont: "Microsoft YaHei", language: { eastAsia: "zh-CN" }, bold: false } },
    { text: `He said "ok" & 'fine'\r\nLine two\rThree`, style: { language: { value: "en-US" }, bold: false } },
  ],
  [{ text: "", style: { language: { eastAsia: "zh-TW" } } }, { text: "", style: {} }],
];

function libraryRow(cells: Cell[]): TableRow {
  const runs = ({ text, style }: Cell) =>
    xmlText(text)
      .split("\n")
      .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: style.bold, language: style.language, font: style.eastAsiaFont === undefined ? undefined : { eastAsia: style.eastAsiaFont, hint: "eastAsia" } }));
  return new TableRow({
    cantSplit: true,
    children: cells.map(
      (cell) => new TableCell({ width: { size: 100 / cells.length, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [...runs(cell), ...(cell.footnotes ?? []).map((id) => new FootnoteReferenceRun(id))] })] }),
    ),
  });
}

async function libraryRowsXml(rows: Cell[][]): Promise<string> {
  const footnotes = Object.fromEntries([1, 2].map((id) => [id, { children: [new Paragraph("note")] }]));
  const doc = new Document({ footnotes, sections: [{ children: [new Table({ rows: rows.map(libraryRow) })] }] });
  const xml = strFromU8(unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)))["word/document.xml"]);
  return xml.slice(xml.indexOf("<w:tr>"), xml.lastIndexOf("</w:tr>") + "</w:tr>".length);
}

const ourRowXml = (cells: Cell[]) => wordRowXml(cells.map((cell) => wordRunsXml(cell.text, cell.style) + (cell.footnotes ?? []).map(wordFootnoteReferenceXml).join("")));

describe("Word table rows as text", () => {
  it("are the rows the docx library writes: escapes, line breaks, bold on and off, fonts, languages, footnote references, empty cells", async () => {
    expect(CELLS.map(ourRowXml).join("")).toBe(await libraryRowsXml(CELLS));
  });

  it("share the width equally among three cells as the library does", async () => {
    const three: Cell[] = [0, 1, 2].map((i) => ({ text: `${i}`, style: {} }));
    expect(ourRowXml(three)).toBe(await libraryRowsXml([three]));
  });
});
