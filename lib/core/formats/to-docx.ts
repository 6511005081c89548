import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { annotationsBySegment, annotationText } from "./prepare-export";
import { TOOL_NAME, type ExportData, type WriteContext } from "./export-data";
import { wordChineseFont } from "./chinese-fonts";
import { wordChineseLanguage, wordEnglishLanguage } from "./word-language";
import { languageName } from "./language-name";
import { wordFootnoteReferenceXml, wordRowXml, wordRunsXml, type WordRunStyle } from "./word-table-xml";
import { xmlText } from "./xml";

// The docx library makes the package (styles, footnotes, properties, the title and the table's head);
// the paragraphs' rows are written as text in its place (word-table-xml.ts), which takes a tenth of
// the time building them as docx objects did.

const DOCUMENT_XML = "word/document.xml";
/** Stands in the library's document for the rows; written as ASCII, so found as written. */
const ROWS_MARK = "duizhao-rows-go-here";

// Newlines inside a paragraph become line breaks within one Word paragraph. A run's w:lang tells
// Word which dictionary to check it with (without it, Chinese is spell-checked as English).
function runs(text: string, style: WordRunStyle = {}): TextRun[] {
  return xmlText(text)
    .split("\n")
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: style.bold, language: style.language, font: style.eastAsiaFont === undefined ? undefined : { eastAsia: style.eastAsiaFont, hint: "eastAsia" } }));
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } });
}

/** A Word document: the title, then a two-column table (source | translation), headings bold, annotations as footnotes. */
export async function toDocx(data: ExportData, context: WriteContext): Promise<Uint8Array> {
  const { document, segments } = data;
  // w:rFonts names one East Asian font, no fallbacks; the hint makes Word use it for shared characters (“”, ……) too.
  const chinese: WordRunStyle = { language: { eastAsia: wordChineseLanguage(document.sourceLang) }, eastAsiaFont: wordChineseFont(document.sourceLang) };
  const english: WordRunStyle = { language: { value: wordEnglishLanguage(document.targetLang) } };
  const notes = annotationsBySegment(data.annotations);
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let next = 1;
  const rows = segments.map((segment) => {
    const bold = segment.kind === "heading";
    const references = (notes.get(segment.id) ?? []).map((annotation) => {
      const id = next++;
      footnotes[id] = { children: [new Paragraph({ children: runs(annotationText(annotation)) })] };
      return wordFootnoteReferenceXml(id);
    });
    return wordRowXml([wordRunsXml(segment.source, { ...chinese, bold }) + references.join(""), wordRunsXml(segment.target, { ...english, bold })]);
  });
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([new Paragraph({ children: runs(languageName(document.sourceLang, "Chinese"), { bold: true }) })], 50),
      cell([new Paragraph({ children: runs(languageName(document.targetLang, "English"), { bold: true }) })], 50),
    ],
  });
  const mark = new TableRow({ children: [cell([new Paragraph(ROWS_MARK)], 100)] });
  const made = (withFootnotes: boolean) =>
    new Document({
      creator: `${TOOL_NAME} ${context.toolVersion}`,
      title: xmlText(document.title),
      footnotes: withFootnotes ? footnotes : {},
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: runs(document.title, chinese) }),
            ...(document.sourceUrl ? [new Paragraph({ children: runs(document.sourceUrl) })] : []),
            new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, mark] }),
          ],
        },
      ],
    });
  // The library's document.xml with its marked row replaced by the rows.
  const framing = strFromU8(unzipSync(new Uint8Array(await Packer.toArrayBuffer(made(false))), { filter: (file) => file.name === DOCUMENT_XML })[DOCUMENT_XML]);
  const at = framing.indexOf(ROWS_MARK);
  const rowStart = framing.lastIndexOf("<w:tr>", at);
  const rowEnd = framing.indexOf("</w:tr>", at) + "</w:tr>".length;
  const body = framing.slice(0, rowStart) + rows.join("") + framing.slice(rowEnd);
  return new Uint8Array(await Packer.toArrayBuffer(made(true), false, [{ path: DOCUMENT_XML, data: body }]));
}
