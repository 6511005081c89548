import type { ExportData, TextLayout } from "./export-data";

/** Plain text: the translation alone, or each source followed by its translation; paragraphs separated by a blank line. */
export function toText(data: ExportData, layout: TextLayout): string {
  const blocks =
    layout === "target"
      ? data.segments.map((segment) => segment.target).filter((target) => target !== "")
      : data.segments.map((segment) => (segment.target ? `${segment.source}\n${segment.target}` : segment.source));
  return blocks.join("\n\n") + "\n";
}
