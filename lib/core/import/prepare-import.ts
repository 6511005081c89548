import { detectScript } from "../convert/detect-script";
import { DomainError } from "../errors";
import { MAX_IMPORT_BYTES, MAX_PARAGRAPHS, MAX_TITLE_LENGTH } from "../limits";
import type { NewSegment, SourceScript } from "../model";
import { splitParagraphs } from "../segment/split-paragraphs";
import { decodeBytes } from "./decode-bytes";

export type ImportInput =
  | { kind: "text"; text: string; title?: string }
  | { kind: "file"; bytes: Uint8Array; fileName: string; title?: string };

/** Everything needed to create a document, checked against the import limits. */
export type PreparedImport = {
  title: string;
  raw: string;
  encoding: string;
  script: SourceScript;
  segments: NewSegment[];
};

function truncate(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join("")}…`;
}

function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, "");
}

function byteSize(input: ImportInput): number {
  return input.kind === "file" ? input.bytes.byteLength : new TextEncoder().encode(input.text).byteLength;
}

/** Decodes, checks and splits a pasted text or an uploaded file; throws a DomainError when refused. */
export function prepareImport(input: ImportInput): PreparedImport {
  if (byteSize(input) > MAX_IMPORT_BYTES) {
    throw new DomainError("SOURCE_TOO_LARGE", { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  const { text, encoding } = input.kind === "file" ? decodeBytes(input.bytes) : { text: input.text, encoding: "utf-8" };
  const segments = splitParagraphs(text);
  if (segments.length === 0) throw new DomainError("EMPTY_SOURCE");
  if (segments.length > MAX_PARAGRAPHS) throw new DomainError("TOO_MANY_PARAGRAPHS", { limit: MAX_PARAGRAPHS });
  const fallbackTitle = input.kind === "file" ? baseName(input.fileName) : segments[0].source;
  const title = truncate(input.title?.trim() || fallbackTitle, MAX_TITLE_LENGTH);
  return { title, raw: text, encoding, script: detectScript(text), segments };
}
