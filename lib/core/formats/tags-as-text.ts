import type { ExportData } from "./export-data";
import { renderTagsAsText } from "./inline-tag-chars";

/** Export data for formats without inline markup: each tag character in source and target shown as {1}, {2} … {/2}. */
export function tagsAsText(data: ExportData): ExportData {
  const segments = data.segments.map((segment) => ({ ...segment, source: renderTagsAsText(segment.source), target: renderTagsAsText(segment.target) }));
  return { ...data, segments };
}
