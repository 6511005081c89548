import type { DocumentMeta } from "../model";
import { codePointLength } from "../text/code-points";
import type { ExportAnnotation, ExportData } from "./export-data";

// A bilingual review file (DOCX or XLSX) is a table a reviewer edits outside Duizhao. Its manifest
// names the document and each paragraph's version at export, so that the import can refuse a file of
// another document and tell the reviewer's changes from changes made in Duizhao since.

/** Column headers, in order; the reader finds columns by them. Id and source are not to be edited. */
export const REVIEW_HEADERS = ["¶ id", "Source", "Target", "Status", "Comment"] as const;

/** Where the manifest lives: DOCX custom properties, and the hidden XLSX sheet (one per row: name, value). */
export const REVIEW_PROPERTY = { document: "DuizhaoDocument", fingerprint: "DuizhaoFingerprint", versions: "DuizhaoVersions" } as const;
export const REVIEW_MANIFEST_SHEET = "duizhao";

export type ReviewManifest = { documentId: number; fingerprint: string; versions: Map<string, number> };

/** One row as the reviewer left it; status is the cell's text (checked on import). */
export type ReviewRow = { id: string; source: string; target: string; status: string; comment: string };

export type ParsedReview = { format: "docx" | "xlsx"; manifest: ReviewManifest; rows: ReviewRow[] };

/** What a paragraph's comment is read from and written to: a note on the whole source, without a gloss. */
export function isParagraphNote(annotation: Pick<ExportAnnotation, "start" | "end" | "gloss">, source: string): boolean {
  return annotation.start === 0 && annotation.end === codePointLength(source) && annotation.gloss === "";
}

/** The comment column of each paragraph: its paragraph notes, one a line. */
export function reviewComments(data: ExportData): Map<number, string> {
  const sources = new Map(data.segments.map((segment) => [segment.id, segment.source]));
  const comments = new Map<number, string>();
  for (const annotation of data.annotations) {
    const source = sources.get(annotation.segmentId);
    // The exported source may be a converted view: the quote is converted alike, so compare with it.
    if (source === undefined || annotation.start !== 0 || annotation.gloss !== "" || annotation.note === "" || annotation.quote !== source) continue;
    const earlier = comments.get(annotation.segmentId);
    comments.set(annotation.segmentId, earlier === undefined ? annotation.note : `${earlier}\n${annotation.note}`);
  }
  return comments;
}

/**
 * Identifies a document across databases: its id alone would match another database's document with
 * the same id, its creation time to the millisecond would not. FNV-1a, 2 × 32 bits, hex.
 */
export function reviewFingerprint(document: Pick<DocumentMeta, "id" | "createdAt">): string {
  const text = `${document.id}\n${document.createdAt.toISOString()}`;
  const hash = (seed: number) => {
    let h = seed;
    for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 0x01000193) >>> 0;
    return h.toString(16).padStart(8, "0");
  };
  return `${hash(0x811c9dc5)}${hash(0x050c5d1f)}`;
}

/** The manifest of an export: every row's paragraph id and its version. */
export function reviewManifest(data: ExportData): ReviewManifest {
  return {
    documentId: data.document.id,
    fingerprint: reviewFingerprint(data.document),
    versions: new Map(data.segments.map((segment) => [`s${segment.id}`, segment.version])),
  };
}

/** Versions as one text: "s12=3 s13=0". */
function formatVersions(versions: Map<string, number>): string {
  return [...versions].map(([id, version]) => `${id}=${version}`).join(" ");
}

/**
 * Versions as document properties of at most 255 characters each (Word keeps no longer value):
 * DuizhaoVersions, DuizhaoVersions2, DuizhaoVersions3…
 */
export function versionProperties(versions: Map<string, number>): { name: string; value: string }[] {
  const chunks: string[] = [];
  for (const pair of formatVersions(versions).split(" ")) {
    if (chunks.length > 0 && chunks[chunks.length - 1].length + 1 + pair.length <= MAX_PROPERTY_LENGTH) chunks[chunks.length - 1] += ` ${pair}`;
    else chunks.push(pair);
  }
  return chunks.map((value, i) => ({ name: `${REVIEW_PROPERTY.versions}${i === 0 ? "" : i + 1}`, value }));
}

/** The versions from document properties written by versionProperties. */
export function versionsFromProperties(properties: Map<string, string>): Map<string, number> {
  const parts = [...properties].flatMap(([name, value]) => {
    const match = new RegExp(`^${REVIEW_PROPERTY.versions}(\\d*)$`).exec(name);
    return match ? [{ at: Number(match[1] || 1), value }] : [];
  });
  return parseVersions(parts.sort((a, b) => a.at - b.at).map((part) => part.value).join(" "));
}

const MAX_PROPERTY_LENGTH = 255;

function parseVersions(text: string): Map<string, number> {
  const versions = new Map<string, number>();
  for (const pair of text.trim().split(/\s+/)) {
    const match = /^(s\d{1,15})=(\d{1,15})$/.exec(pair);
    if (match) versions.set(match[1], Number(match[2]));
  }
  return versions;
}
