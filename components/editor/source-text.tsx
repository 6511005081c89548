"use client";
import { memo, useCallback, useMemo, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { tagOf } from "@/lib/core/formats/inline-tag-chars";
import { identityMapped, mappedString, toViewRange, type MappedText } from "@/lib/core/convert/mapped-text";
import type { SourceView } from "./use-source-view";
import { pinyinRun } from "./pinyin-run";
import { withTagTokens, type TagLabel } from "./tag-tokens";

/** A highlighted source range: code points, half-open [start, end), in the stored source. */
export type SourceMark = {
  start: number;
  end: number;
  className: string;
  /** Shown on hover and read on focus (an annotation's gloss and note, a term's English). */
  label?: string;
  /** Read out with the marked text (what a garbled run is). */
  description?: string;
  annotationId?: number;
  termId?: number;
  /** A glossary term still proposed (not yet approved): drawn dashed, with a "Proposed" badge. */
  isProposed?: boolean;
  /** A conversion review finding: its index among the paragraph's findings. */
  conversion?: number;
};

type Props = { source: string; segmentId?: number; view: SourceView; marks: readonly SourceMark[] };

/** The source in the script chosen, with pinyin over Han characters, inline tags as tokens, and marks drawn through the offset map. */
export const SourceText = memo(function SourceText({ source, segmentId, view, marks }: Props) {
  const { annotate } = view;
  const mapped = useMemo(() => viewOf(source, view, segmentId), [view, source, segmentId]);
  const pinyin = useMemo(() => (annotate ? annotate(mappedString(mapped)) : null), [annotate, mapped]);
  const t = useTranslations("InlineTags");
  const tGlossary = useTranslations("Glossary");
  const label = useCallback((char: string) => {
    const tag = tagOf(char);
    return tag ? t("token", { kind: tag.kind, n: tag.n }) : char;
  }, [t]);
  return <>{renderRuns(mapped, pinyin, marks, label, tGlossary("proposedBadge"))}</>;
});

/** The mapped view of a source as SourceText draws it, for callers that turn a caret into an offset. */
export function viewOf(source: string, view: SourceView, segmentId?: number): MappedText {
  if (view.mapRow && segmentId !== undefined) return view.mapRow(source, segmentId);
  return view.convert ? view.convert(source) : identityMapped(source);
}

function renderRuns(mapped: MappedText, pinyin: (string | null)[] | null, marks: readonly SourceMark[], tagLabel: TagLabel, proposed: string): ReactNode[] {
  const viewMarks = marks.map((mark) => {
    const [start, end] = toViewRange(mapped, mark.start, mark.end);
    return { ...mark, start, end };
  });
  const cuts = new Set([0, mapped.chars.length]);
  for (const mark of viewMarks) cuts.add(mark.start).add(mark.end);
  const sorted = [...cuts].filter((cut) => cut <= mapped.chars.length).sort((a, b) => a - b);
  const runs: ReactNode[] = [];
  // An annotation cut into pieces by other marks (a glossary term inside it) is one Tab stop: its first piece.
  const reached = new Set<number>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    if (start === end) continue;
    const covering = viewMarks.filter((mark) => mark.start <= start && mark.end >= end);
    const content = pinyin ? pinyinRun(mapped, pinyin, start, end, tagLabel) : withTagTokens(mapped.chars.slice(start, end).join(""), start, tagLabel);
    if (covering.length === 0) {
      runs.push(
        <span key={start} data-v={start}>
          {content}
        </span>,
      );
      continue;
    }
    const annotation = covering.find((mark) => mark.annotationId !== undefined);
    const term = covering.find((mark) => mark.termId !== undefined);
    const conversion = covering.find((mark) => mark.conversion !== undefined);
    const label = covering.map((mark) => (mark.isProposed ? `${mark.label} (${proposed})` : mark.label)).filter(Boolean).join(" · ");
    const described = covering.find((mark) => mark.description);
    const isAnnotationStop = annotation !== undefined && !reached.has(annotation.annotationId!);
    if (annotation) reached.add(annotation.annotationId!);
    runs.push(
      <mark
        key={start}
        data-v={start}
        className={covering.map((mark) => mark.className).join(" ")}
        data-annotation-id={annotation?.annotationId}
        data-term-id={term?.termId}
        // The badge is generated content (CSS ::after), so that it is never part of the text a selection maps to offsets.
        data-proposed={term?.isProposed && term.end === end ? proposed : undefined}
        data-conversion={conversion?.conversion}
        data-label={label || undefined}
        title={label || undefined}
        // An annotation can be reached with Tab; its gloss and note are then shown and read out.
        // A conversion finding too: Enter (or a click) opens its choices. It is named by the text shown
        // (with its pinyin, when shown: WCAG 2.5.3); its kind is the title, read as the description.
        tabIndex={isAnnotationStop || conversion ? 0 : undefined}
        role={conversion ? "button" : undefined}
        aria-description={isAnnotationStop ? annotation.label : described?.description}
      >
        {content}
      </mark>,
    );
  }
  return runs;
}

