import { annotationsBySegment, annotationText } from "./prepare-export";
import { TOOL_NAME, type ExportData, type WriteContext } from "./export-data";
import { languageName } from "./language-name";
import { safeSourceUrl } from "../source-url";
import { chineseFontFamily } from "./chinese-fonts";
import { xmlText } from "./xml";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML content or a quoted attribute: markup characters escaped, forbidden controls removed. */
export function escapeHtml(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

// Newlines inside a paragraph stay visible.
const lines = (text: string) => escapeHtml(text).replace(/\n/g, "<br>");

// Fonts that exist on Windows, macOS and Linux, English first; Chinese text (:lang(zh)) takes the fonts of its script.
const style = (sourceLang: string) => `
body { font: 16px/1.6 -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, ${chineseFontFamily(sourceLang)}; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1a1a1a; }
:lang(zh) { font-family: ${chineseFontFamily(sourceLang)}; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; } .meta { color: #555; font-size: .875rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-top: 1px solid #ccc; padding: .5rem .75rem; vertical-align: top; text-align: left; }
thead th { border-top: 0; border-bottom: 2px solid #333; font-size: .875rem; }
col.n { width: 3rem; } td.n { color: #777; font-size: .75rem; } tr.heading td { font-weight: 700; font-size: 1.125rem; }
tr.untranslated td.target { background: #fff8e1; } sup a { text-decoration: none; }
ol.notes { font-size: .875rem; border-top: 1px solid #ccc; padding-top: 1rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; } .meta { color: #000; }
  tr { break-inside: avoid; } thead { display: table-header-group; } a { color: inherit; }
  tr.untranslated td.target { background: none; } @page { margin: 15mm; }
}`;

/**
 * One self-contained bilingual HTML page: a side-by-side table under readable language headings
 * ("Chinese (Traditional)", the cells keeping their lang tags), annotations as footnotes, headings kept,
 * a print stylesheet.
 */
export function toHtml(data: ExportData, context: WriteContext): string {
  const { document, segments } = data;
  const notes = annotationsBySegment(data.annotations);
  const footnotes: string[] = [];
  const rows = segments.map((segment, i) => {
    const refs = (notes.get(segment.id) ?? []).map((annotation) => {
      footnotes.push(annotationText(annotation));
      const n = footnotes.length;
      return `<sup><a href="#note-${n}" id="ref-${n}">${n}</a></sup>`;
    });
    const kind = segment.kind === "heading" ? "heading" : segment.status === "untranslated" ? "untranslated" : segment.kind;
    return `<tr class="${kind}"><td class="n">${i + 1}</td><td class="source" lang="${escapeHtml(document.sourceLang)}">${lines(segment.source)}${refs.join("")}</td><td class="target" lang="${escapeHtml(document.targetLang)}">${lines(segment.target)}</td></tr>`;
  });
  const notesList = footnotes.length
    ? `<ol class="notes">${footnotes.map((text, i) => `<li id="note-${i + 1}">${lines(text)} <a href="#ref-${i + 1}">↩</a></li>`).join("\n")}</ol>`
    : "";
  const link = safeSourceUrl(document.sourceUrl);
  const origin = [link && `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`, document.note && escapeHtml(document.note)]
    .filter(Boolean)
    .join(" · ");
  return `<!DOCTYPE html>
<html lang="${escapeHtml(document.targetLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${TOOL_NAME} ${escapeHtml(context.toolVersion)}">
<title>${escapeHtml(document.title)}</title>
<style>${style(document.sourceLang)}
</style>
</head>
<body>
<h1 lang="${escapeHtml(document.sourceLang)}">${escapeHtml(document.title)}</h1>
<p class="meta">${origin ? `${origin} · ` : ""}${TOOL_NAME}, ${context.now.toISOString().slice(0, 10)}</p>
<table>
<colgroup><col class="n"><col><col></colgroup>
<thead><tr><th scope="col">#</th><th scope="col">${escapeHtml(languageName(document.sourceLang, "Chinese"))}</th><th scope="col">${escapeHtml(languageName(document.targetLang, "English"))}</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
${notesList}
</body>
</html>
`;
}
