import { safeSourceUrl } from "../source-url";
import type { ExportData, ExportFormat, ExportOptions, WriteContext } from "./export-data";
import { toDelimited } from "./to-csv";
import { toDocx } from "./to-docx";
import { toHtml } from "./to-html";
import { toJson } from "./to-json";
import { toMarkdown } from "./to-markdown";
import { toText } from "./to-text";
import { toReviewDocx } from "./to-review-docx";
import { toReviewXlsx } from "./to-review-xlsx";
import { toTmx } from "./to-tmx";
import { toXliff12 } from "./to-xliff12";
import { toXliff20 } from "./to-xliff20";
import { prefillTargets } from "./prefill-targets";
import { tagsAsText } from "./tags-as-text";

export type ExportFile = { body: string | Uint8Array; extension: string; mimeType: string };

/**
 * Writes prepared data in one format; the web route, the CLI and the zip export all call this. A stored
 * source URL other than http(s) (from before the import checked it) is left out of every format.
 */
export async function writeExport(
  input: ExportData,
  format: ExportFormat,
  options: Pick<ExportOptions, "textLayout"> & Partial<Pick<ExportOptions, "isTargetPrefilled">>,
  context: WriteContext,
): Promise<ExportFile> {
  const xml = { ...input, document: { ...input.document, sourceUrl: safeSourceUrl(input.document.sourceUrl) } };
  const data = format === "json" ? xml : tagsAsText(xml);
  const xliffData = options.isTargetPrefilled ? prefillTargets(xml) : xml;
  switch (format) {
    case "tmx":
      return { body: toTmx(xml, context), extension: "tmx", mimeType: "application/x-tmx+xml; charset=utf-8" };
    case "xliff12":
      return { body: toXliff12(xliffData, context), extension: "xlf", mimeType: "application/x-xliff+xml; charset=utf-8" };
    case "xliff20":
      return { body: toXliff20(xliffData), extension: "xlf", mimeType: "application/xliff+xml; charset=utf-8" };
    case "csv":
      return { body: toDelimited(data, ","), extension: "csv", mimeType: "text/csv; charset=utf-8" };
    case "tsv":
      return { body: toDelimited(data, "\t"), extension: "tsv", mimeType: "text/tab-separated-values; charset=utf-8" };
    case "html":
      return { body: toHtml(data, context), extension: "html", mimeType: "text/html; charset=utf-8" };
    case "md":
      return { body: toMarkdown(data), extension: "md", mimeType: "text/markdown; charset=utf-8" };
    case "docx":
      return { body: await toDocx(data, context), extension: "docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
    case "txt":
      return { body: toText(data, options.textLayout), extension: "txt", mimeType: "text/plain; charset=utf-8" };
    case "json":
      return { body: writeJson(data), extension: "json", mimeType: "application/json; charset=utf-8" };
    case "review-docx":
      return { body: await toReviewDocx(data, context), extension: "review.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
    case "review-xlsx":
      return { body: await toReviewXlsx(data, context), extension: "review.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
  }
}

/** The neutral JSON export with the document's annotations and glossary terms when there are any. */
export function writeJson(data: ExportData): string {
  const json = {
    ...toJson({ ...data.document, segments: data.segments }),
    ...(data.annotations.length > 0 && { annotations: data.annotations }),
    ...(data.terms.length > 0 && { terms: data.terms }),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

