import { Document, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { SEGMENT_STATUSES } from "../model";
import { wordChineseFont } from "./chinese-fonts";
import { TOOL_NAME, type ExportData, type WriteContext } from "./export-data";
import { REVIEW_HEADERS, REVIEW_PROPERTY, reviewComments, reviewManifest, versionProperties } from "./review-file";
import { xmlText } from "./xml";

const WIDTHS = [8, 29, 33, 12, 18];
const LOCKED_SHADE = { type: ShadingType.CLEAR, color: "auto", fill: "EDEDED" };
const HEADER_SHADE = { type: ShadingType.CLEAR, color: "auto", fill: "D9E2F3" };

type RunOptions = { bold?: boolean; font?: { ascii: string; hAnsi: string; eastAsia: string; hint: string }; color?: string; size?: number };

// Newlines inside a paragraph become line breaks within one Word paragraph (the reader reads them back).
function runs(text: string, options: RunOptions = {}): TextRun[] {
  return xmlText(text)
    .split("\n")
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

function cell(text: string, column: number, options: RunOptions & { shading?: typeof LOCKED_SHADE } = {}): TableCell {
  const { shading, ...run } = options;
  return new TableCell({
    children: [new Paragraph({ children: runs(text, run) })],
    width: { size: WIDTHS[column], type: WidthType.PERCENTAGE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading,
  });
}

/**
 * The bilingual review document: a landscape table, one row per paragraph (¶ id, source, target, status,
 * comment), id and source shaded as not to be edited. The manifest (document id, fingerprint, each
 * paragraph's version) is in the custom document properties.
 */
export async function toReviewDocx(data: ExportData, context: WriteContext): Promise<Uint8Array> {
  const manifest = reviewManifest(data);
  const comments = reviewComments(data);
  const sourceFont = { ascii: "Calibri", hAnsi: "Calibri", eastAsia: wordChineseFont(data.document.sourceLang), hint: "eastAsia" };
  const header = new TableRow({
    tableHeader: true,
    children: REVIEW_HEADERS.map((text, i) => cell(text, i, { bold: true, shading: HEADER_SHADE })),
  });
  const rows = data.segments.map(
    (segment) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(`s${segment.id}`, 0, { shading: LOCKED_SHADE, color: "595959" }),
          cell(segment.source, 1, { shading: LOCKED_SHADE, font: sourceFont, bold: segment.kind === "heading" }),
          cell(segment.target, 2, { bold: segment.kind === "heading" }),
          cell(segment.status, 3),
          cell(comments.get(segment.id) ?? "", 4),
        ],
      }),
  );
  const doc = new Document({
    creator: `${TOOL_NAME} ${context.toolVersion}`,
    title: xmlText(data.document.title),
    subject: `${TOOL_NAME} review of document ${manifest.documentId} (${manifest.fingerprint})`,
    styles: { default: { document: { run: { font: "Calibri", size: 21 } } } },
    customProperties: [
      { name: REVIEW_PROPERTY.document, value: String(manifest.documentId) },
      { name: REVIEW_PROPERTY.fingerprint, value: manifest.fingerprint },
      ...versionProperties(manifest.versions),
    ],
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ children: runs(data.document.title, { bold: true, size: 28, font: sourceFont }) }),
          new Paragraph({
            children: runs(
              `${TOOL_NAME} document ${manifest.documentId} · ${manifest.fingerprint}. Edit Target, Status (${SEGMENT_STATUSES.join(", ")}) ` +
                "and Comment; leave ¶ id and Source as they are.",
              { color: "595959", size: 18 },
            ),
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
