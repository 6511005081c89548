import { xmlText } from "./xml";

// The rows of a Word table written as WordprocessingML text, exactly as the docx library writes the
// same rows (to-docx.test.ts compares them): building 10,000 rows as docx objects took about a second,
// most of it in the garbage collector; to-docx.ts puts these rows into a document the library makes.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeText = (text: string) => (/[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text);

export type WordRunStyle = {
  bold?: boolean;
  /** The East Asian font, with the eastAsia hint (Word then uses it for shared characters too). */
  eastAsiaFont?: string;
  language?: { value?: string; eastAsia?: string };
};

function runProperties({ bold, eastAsiaFont, language }: WordRunStyle): string {
  let xml = "";
  if (eastAsiaFont !== undefined) xml += `<w:rFonts w:eastAsia="${escapeText(eastAsiaFont)}" w:hint="eastAsia"/>`;
  if (bold !== undefined) xml += bold ? "<w:b/><w:bCs/>" : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  if (language) {
    const value = language.value === undefined ? "" : ` w:val="${escapeText(language.value)}"`;
    const eastAsia = language.eastAsia === undefined ? "" : ` w:eastAsia="${escapeText(language.eastAsia)}"`;
    xml += `<w:lang${value}${eastAsia}/>`;
  }
  return xml === "" ? "" : `<w:rPr>${xml}</w:rPr>`;
}

/** A text as runs, one per line: the lines after the first start with a line break within the paragraph. */
export function wordRunsXml(text: string, style: WordRunStyle): string {
  const properties = runProperties(style);
  return xmlText(text)
    .split("\n")
    .map((line, i) => `<w:r>${properties}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeText(line)}</w:t></w:r>`)
    .join("");
}

/** The run that marks footnote `id` in the text. */
export function wordFootnoteReferenceXml(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** A row that does not split across pages, of cells each holding one paragraph of the given runs and an equal share of the width. */
export function wordRowXml(cells: readonly string[]): string {
  const width = Math.round(5000 / cells.length);
  const cellXml = cells.map((runs) => `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${width}"/></w:tcPr><w:p>${runs}</w:p></w:tc>`).join("");
  return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml}</w:tr>`;
}
