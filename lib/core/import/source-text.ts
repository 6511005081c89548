import type { SourceFormat } from "./detect-source-format";
import { extractHtml } from "./extract-html";
import { extractMarkdown } from "./extract-markdown";

const ATX_HEADING = /^ {0,3}#{1,6}\s+(.+?)(?:\s+#+)?\s*$/m;

/**
 * The text cleanup and segmentation run on, recomputed from a stored raw source: an HTML page's article,
 * a Markdown file's words without markup, or the raw text itself (text, and docx, stored as its text).
 */
export function sourceText({ raw, format }: { raw: string; format: SourceFormat }): { text: string; title: string | null } {
  if (format === "html") {
    const { text, title } = extractHtml(raw);
    return { text, title: title || null };
  }
  if (format === "markdown") {
    const heading = raw.match(ATX_HEADING)?.[1];
    return { text: extractMarkdown(raw).text, title: heading ? extractMarkdown(heading).text || null : null };
  }
  return { text: raw, title: null };
}
