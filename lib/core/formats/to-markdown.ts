import { annotationsBySegment, annotationText } from "./prepare-export";
import { safeSourceUrl } from "../source-url";
import type { ExportData } from "./export-data";

// Characters that would start markup anywhere in a line, and line starts that would make a block.
const INLINE = /[\\`*_[\]<>|~]/g;
const BLOCK_START = /^(\s*)([#>+\-=]|\d+[.)])/;

/** Text that Markdown shows as written: markup characters backslash-escaped, line by line. */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(INLINE, "\\$&").replace(BLOCK_START, "$1\\$2"))
    .join("  \n");
}

/** Bilingual Markdown: each paragraph's source, then its translation; headings kept; annotations as footnotes. */
export function toMarkdown(data: ExportData): string {
  const { document, segments } = data;
  const notes = annotationsBySegment(data.annotations);
  const footnotes: string[] = [];
  const blocks = segments.map((segment) => {
    const refs = (notes.get(segment.id) ?? []).map((annotation) => {
      footnotes.push(annotationText(annotation));
      return `[^${footnotes.length}]`;
    });
    const source = escapeMarkdown(segment.source) + refs.join("");
    const target = segment.target ? escapeMarkdown(segment.target) : "*—*";
    if (segment.kind === "heading") return `## ${source}\n\n## ${target}`;
    return `> ${source.replace(/\n/g, "\n> ")}\n\n${target}`;
  });
  const link = safeSourceUrl(document.sourceUrl);
  const header = [`# ${escapeMarkdown(document.title)}`, link && `<${link.replace(/[<>\s]/g, encodeURIComponent)}>`, document.note && escapeMarkdown(document.note)]
    .filter(Boolean)
    .join("\n\n");
  const notesPart = footnotes.map((text, i) => `[^${i + 1}]: ${escapeMarkdown(text).replace(/ {2}\n/g, " ")}`).join("\n");
  return [header, ...blocks, notesPart].filter(Boolean).join("\n\n") + "\n";
}
