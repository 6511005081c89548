import { loadViewConverter } from "../convert/load-view-converter";
import { mappedString } from "../convert/mapped-text";
import { loadConversionReviewer } from "../convert/review-conversion";
import type { ScriptView, Segment } from "../model";
import type { ExportAnnotation, ExportData, ExportOptions } from "./export-data";

const LANG_OF_VIEW: Record<Exclude<ScriptView, "original">, string> = {
  hans: "zh-Hans",
  hant: "zh-Hant",
  tw: "zh-Hant-TW",
  hk: "zh-Hant-HK",
  twp: "zh-Hant-TW",
};

/** A paragraph counts as translated for export when it has a target and is past "untranslated". */
export function hasTranslation(segment: Segment): boolean {
  return segment.status !== "untranslated" && segment.target.trim() !== "";
}

/**
 * Applies the export options: the source (title, paragraphs, annotation quotes) in the chosen script
 * with the matching BCP 47 source lang, only translated paragraphs if asked, annotations if asked.
 * Offsets of annotations stay in the stored source's coordinates. The document's conversion overrides
 * apply in every script, "original" included (document-wide ones to the title and quotes too).
 */
export async function prepareExport(data: ExportData, options: Pick<ExportOptions, "script" | "scope" | "hasAnnotations">): Promise<ExportData> {
  const convert = await loadViewConverter(data.document.script, options.script);
  const overrides = data.overrides ?? [];
  const review = overrides.length ? await loadConversionReviewer() : null;
  const view = (text: string, segmentId = -1) =>
    review
      ? mappedString(review(text, data.document.script, { view: options.script, overrides, segmentId }).mapped)
      : options.script === "original"
        ? text
        : mappedString(convert(text));
  const segments = data.segments.filter((segment) => options.scope === "all" || hasTranslation(segment));
  const kept = new Set(segments.map((segment) => segment.id));
  const annotations: ExportAnnotation[] = options.hasAnnotations
    ? data.annotations.filter((annotation) => kept.has(annotation.segmentId)).map((annotation) => ({ ...annotation, quote: view(annotation.quote) }))
    : [];
  return {
    document: {
      ...data.document,
      title: view(data.document.title),
      sourceLang: options.script === "original" ? data.document.sourceLang : LANG_OF_VIEW[options.script],
    },
    segments: segments.map((segment) => ({ ...segment, source: view(segment.source, segment.id) })),
    annotations,
    terms: data.terms,
    inlineTags: data.inlineTags,
  };
}

/** Annotations grouped by segment id, in source order. */
export function annotationsBySegment(annotations: ExportAnnotation[]): Map<number, ExportAnnotation[]> {
  const groups = new Map<number, ExportAnnotation[]>();
  for (const annotation of [...annotations].sort((a, b) => a.start - b.start)) {
    const group = groups.get(annotation.segmentId) ?? [];
    group.push(annotation);
    groups.set(annotation.segmentId, group);
  }
  return groups;
}

/** One annotation as a line of text: "北京 (Běijīng) = Beijing — capital [place]". */
export function annotationText(annotation: ExportAnnotation): string {
  const { quote, pinyin, gloss, note, category } = annotation;
  return `${quote}${pinyin ? ` (${pinyin})` : ""}${gloss ? ` = ${gloss}` : ""}${note ? ` — ${note}` : ""} [${category}]`;
}

/** The stable id of a paragraph in every export: "s" and its database id. */
export function unitId(segment: Segment): string {
  return `s${segment.id}`;
}

/** A date as TMX and TBX write it: YYYYMMDDThhmmssZ. */
export function compactUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
