import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { annotationsBySegment, annotationText } from "./prepare-export";
import { TOOL_NAME, type ExportData, type WriteContext } from "./export-data";
import { wordChineseFont } from "./chinese-fonts";
import { wordChineseLanguage, wordEnglishLanguage } from "./word-language";
import { languageName } from "./language-name";
import { xmlText } from "./xml";

type Language = { value?: string; eastAsia?: string };
type Font = { eastAsia: string; hint: "eastAsia" };
type RunOptions = { bold?: boolean; language?: Language; font?: Font };

// Newlines inside a paragraph become line breaks within one Word paragraph. A run's w:lang tells
// Word which dictionary to check it with (without it, Chinese is spell-checked as English).
function runs(text: string, options: RunOptions = {}): TextRun[] {
  return xmlText(text)
    .split("\n")
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, bold: options.bold, language: options.language, font: options.font }));
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } });
}

/** A Word document: the title, then a two-column table (source | translation), headings bold, annotations as footnotes. */
export async function toDocx(data: ExportData, context: WriteContext): Promise<Uint8Array> {
  const { document, segments } = data;
  const chinese: Language = { eastAsia: wordChineseLanguage(document.sourceLang) };
  // w:rFonts names one East Asian font, no fallbacks; the hint makes Word use it for shared characters (“”, ……) too.
  const chineseFont: Font = { eastAsia: wordChineseFont(document.sourceLang), hint: "eastAsia" };
  const english: Language = { value: wordEnglishLanguage(document.targetLang) };
  const notes = annotationsBySegment(data.annotations);
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let next = 1;
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell([new Paragraph({ children: runs(languageName(document.sourceLang, "Chinese"), { bold: true }) })], 50),
      cell([new Paragraph({ children: runs(languageName(document.targetLang, "English"), { bold: true }) })], 50),
    ],
  });
  const rows = segments.map((segment) => {
    const isHeading = segment.kind === "heading";
    const references = (notes.get(segment.id) ?? []).map((annotation) => {
      const id = next++;
      footnotes[id] = { children: [new Paragraph({ children: runs(annotationText(annotation)) })] };
      return new FootnoteReferenceRun(id);
    });
    const source = new Paragraph({ children: [...runs(segment.source, { bold: isHeading, language: chinese, font: chineseFont }), ...references] });
    const target = new Paragraph({ children: runs(segment.target, { bold: isHeading, language: english }) });
    return new TableRow({ cantSplit: true, children: [cell([source], 50), cell([target], 50)] });
  });
  const doc = new Document({
    creator: `${TOOL_NAME} ${context.toolVersion}`,
    title: xmlText(document.title),
    footnotes,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(document.title, { language: chinese, font: chineseFont }) }),
          ...(document.sourceUrl ? [new Paragraph({ children: runs(document.sourceUrl) })] : []),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
