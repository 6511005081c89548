"use client";
import { memo, useMemo, type ReactNode } from "react";
import { identityMapped, mappedString, toViewRange, type MappedText } from "@/lib/core/convert/mapped-text";
import type { SourceView } from "./use-source-view";

/** A highlighted source range: code points, half-open [start, end), in the stored source. */
export type SourceMark = { start: number; end: number; className: string };

type Props = { source: string; view: SourceView; marks: readonly SourceMark[] };

/** The source in the script chosen, with pinyin over Han characters and marks drawn through the offset map. */
export const SourceText = memo(function SourceText({ source, view, marks }: Props) {
  const { convert, annotate } = view;
  const mapped = useMemo(() => (convert ? convert(source) : identityMapped(source)), [convert, source]);
  const pinyin = useMemo(() => (annotate ? annotate(mappedString(mapped)) : null), [annotate, mapped]);
  return <>{renderRuns(mapped, pinyin, marks)}</>;
});

/** The mapped view of a source as SourceText draws it, for callers that turn a caret into an offset. */
export function viewOf(source: string, view: SourceView): MappedText {
  return view.convert ? view.convert(source) : identityMapped(source);
}

function renderRuns(mapped: MappedText, pinyin: (string | null)[] | null, marks: readonly SourceMark[]): ReactNode[] {
  const viewMarks = marks.map((mark) => {
    const [start, end] = toViewRange(mapped, mark.start, mark.end);
    return { start, end, className: mark.className };
  });
  const cuts = new Set([0, mapped.chars.length]);
  for (const mark of viewMarks) cuts.add(mark.start).add(mark.end);
  const sorted = [...cuts].filter((cut) => cut <= mapped.chars.length).sort((a, b) => a - b);
  const runs: ReactNode[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    if (start === end) continue;
    const classes = viewMarks.filter((mark) => mark.start <= start && mark.end >= end).map((mark) => mark.className);
    const content = pinyin ? rubyRun(mapped, pinyin, start, end) : mapped.chars.slice(start, end).join("");
    const Tag = classes.length ? "mark" : "span";
    runs.push(
      <Tag key={start} data-v={start} className={classes.join(" ") || undefined}>
        {content}
      </Tag>,
    );
  }
  return runs;
}

function rubyRun(mapped: MappedText, pinyin: (string | null)[], start: number, end: number): ReactNode[] {
  const out: ReactNode[] = [];
  let plain = "";
  let plainStart = start;
  for (let v = start; v < end; v++) {
    const reading = pinyin[v];
    if (!reading) {
      if (plain === "") plainStart = v;
      plain += mapped.chars[v];
      continue;
    }
    if (plain) out.push(<span key={`t${plainStart}`} data-v={plainStart}>{plain}</span>);
    plain = "";
    out.push(
      <ruby key={v} data-v={v}>
        {mapped.chars[v]}
        <rp>(</rp>
        <rt>{reading}</rt>
        <rp>)</rp>
      </ruby>,
    );
  }
  if (plain) out.push(<span key={`t${plainStart}`} data-v={plainStart}>{plain}</span>);
  return out;
}
