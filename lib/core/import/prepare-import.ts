import { cleanText, type CleanupChoices } from "../clean/clean-text";
import { detectScript } from "../convert/detect-script";
import { DomainError } from "../errors";
import { MAX_IMPORT_BYTES, MAX_PARAGRAPHS, MAX_TITLE_LENGTH } from "../limits";
import type { NewSegment, SourceScript } from "../model";
import { segmentText } from "../segment/segment-text";
import { parseSourceUrl } from "../source-url";

import type { SourceFormat } from "./detect-source-format";

export type { SourceFormat };

/** A decoded source: `raw` is kept forever; `text` is what cleanup and segmentation run on. */
export type ImportSource = {
  raw: string;
  text: string;
  format: SourceFormat;
  encoding: string;
  title?: string | null;
  /** The uploaded file's name without its folder, when there was a file. */
  fileName?: string;
  /** What detection found, when the bytes were decoded here. */
  detected?: { encoding: string; confidence: number };
  /** Characters the encoding could not decode. */
  replacementCount?: number;
};

export type ImportOptions = {
  title?: string;
  /** The user's cleanup choices; null imports the text as it is, without cleanup. */
  cleanup: CleanupChoices | null;
  sourceUrl?: string;
  note?: string;
};

/** Everything needed to create a document, checked against the import limits. */
export type PreparedImport = {
  title: string;
  raw: string;
  encoding: string;
  format: SourceFormat;
  cleanup: string | null;
  script: SourceScript;
  sourceUrl: string;
  note: string;
  segments: NewSegment[];
};

function truncate(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join("")}…`;
}

/** A text's own heading names it best; else the file's name; else its first words. */
function defaultTitle(segments: NewSegment[], fileName?: string): string {
  if (segments[0].kind === "heading" || !fileName) return segments[0].source;
  return fileName.replace(/\.[^.]+$/, "");
}

/** Throws SOURCE_TOO_LARGE beyond the import limit. */
export function checkImportSize(byteLength: number): void {
  if (byteLength > MAX_IMPORT_BYTES) throw new DomainError("SOURCE_TOO_LARGE", { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });
}

/** A pasted text as a source. */
export function pastedSource(text: string): ImportSource {
  checkImportSize(new TextEncoder().encode(text).byteLength);
  return { raw: text, text, format: "text", encoding: "utf-8" };
}

/** The paragraphs of a source, cleaned with the given choices or, with null, one per line as they are. */
export function segmentSource(text: string, cleanup: CleanupChoices | null): NewSegment[] {
  const paragraphs = cleanup ? cleanText(text, cleanup, { report: false }).paragraphs : segmentText(text, { splitHeadings: false });
  return paragraphs.map(({ kind, text: source }) => ({ kind, source }));
}

/** Cleans, checks and splits a decoded source; throws a DomainError when it is refused. */
export function prepareImport(source: ImportSource, options: ImportOptions): PreparedImport {
  const sourceUrl = parseSourceUrl(options.sourceUrl);
  const segments = segmentSource(source.text, options.cleanup);
  if (segments.length === 0) throw new DomainError("EMPTY_SOURCE");
  if (segments.length > MAX_PARAGRAPHS) throw new DomainError("TOO_MANY_PARAGRAPHS", { limit: MAX_PARAGRAPHS });
  const title = truncate(options.title?.trim() || source.title?.trim() || defaultTitle(segments, source.fileName), MAX_TITLE_LENGTH);
  return {
    title,
    raw: source.raw,
    encoding: source.encoding,
    format: source.format,
    cleanup: options.cleanup ? JSON.stringify(options.cleanup) : null,
    script: detectScript(source.text),
    sourceUrl,
    note: options.note?.trim() ?? "",
    segments,
  };
}
