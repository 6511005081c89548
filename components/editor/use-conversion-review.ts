"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ConversionFinding, ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import type { MappedText } from "@/lib/core/convert/mapped-text";
import type { ConversionReviewer, ReviewedParagraph } from "@/lib/core/convert/review-conversion";
import type { SourceScript } from "@/lib/core/model";
import type { EditorStore } from "./editor-store";
import type { SourceMark } from "./source-text";
import type { SourceView } from "./use-source-view";

const NONE: readonly SourceMark[] = [];

// The reviewer brings every view converter and both one-to-many tables: loaded only when needed.
const loadReviewer = () => import("@/lib/core/convert/review-conversion").then((module) => module.loadConversionReviewer());

/**
 * Each paragraph reviewed when it is drawn, the result kept until its source changes (one cache per
 * view and set of overrides), so only visible rows cost anything (about 4 ms for a screen of 20).
 */
export class ReviewCache {
  private results = new Map<number, { source: string; result: ReviewedParagraph }>();
  private marks = new Map<number, { base: readonly SourceMark[]; source: string; marks: readonly SourceMark[] }>();

  constructor(
    private readonly reviewer: ConversionReviewer,
    private readonly script: SourceScript,
    private readonly view: SourceView["view"],
    private readonly overrides: readonly ConversionOverride[],
  ) {}

  reviewed(segmentId: number, source: string): ReviewedParagraph {
    const cached = this.results.get(segmentId);
    if (cached?.source === source) return cached.result;
    const result = this.reviewer(source, this.script, { view: this.view, overrides: this.overrides, segmentId });
    this.results.set(segmentId, { source, result });
    return result;
  }

  marksOf(segmentId: number, source: string, base: readonly SourceMark[], label: (finding: ConversionFinding) => string): readonly SourceMark[] {
    const cached = this.marks.get(segmentId);
    if (cached?.source === source && cached.base === base) return cached.marks;
    const { findings } = this.reviewed(segmentId, source);
    const marks = findings.length
      ? [
          ...base,
          ...findings.map((finding, index) => ({
            start: finding.start,
            end: finding.end,
            className: `conversion conversion-${finding.kind}${finding.overrideId ? " conversion-chosen" : ""}`,
            label: label(finding),
            conversion: index,
          })),
        ]
      : base;
    this.marks.set(segmentId, { base, source, marks: marks.length ? marks : NONE });
    return marks;
  }
}

/**
 * The conversion review in the editor: the source view with the document's overrides applied (in
 * every view, review on or off) and, while the review is on, a mark per finding.
 */
export function useConversionReview(input: { script: SourceScript; sourceView: SourceView; initialOverrides: ConversionOverride[]; store: EditorStore }) {
  const { script, sourceView, store } = input;
  const [isOn, setOn] = useState(false);
  const [overrides, setOverrides] = useState(input.initialOverrides);
  const [reviewer, setReviewer] = useState<ConversionReviewer | null>(null);
  const isNeeded = isOn || overrides.length > 0;

  useEffect(() => {
    if (!isNeeded || reviewer) return;
    void loadReviewer().then((loaded) => setReviewer(() => loaded));
  }, [isNeeded, reviewer]);

  const cache = useMemo(() => (reviewer ? new ReviewCache(reviewer, script, sourceView.view, overrides) : null), [reviewer, script, sourceView.view, overrides]);

  // Rows draw through `mapRow` once the reviewer is there; before that, OpenCC's plain view. The
  // function stays the same between renders so rows keep their converted text.
  const mapRow = useMemo(
    () => (cache && isNeeded ? (source: string, segmentId: number): MappedText => cache.reviewed(segmentId, source).mapped : undefined),
    [cache, isNeeded],
  );
  const view = useMemo((): SourceView => (mapRow ? { ...sourceView, mapRow } : sourceView), [mapRow, sourceView]);

  /** How many findings of the document have this kind and stored text: only paragraphs containing the text are reviewed. */
  const countLike = useCallback(
    (finding: ConversionFinding): number => {
      const text = finding.source ?? "";
      if (!cache || !text) return 0;
      let count = 0;
      for (const segmentId of store.ids()) {
        const source = store.row(segmentId)?.segment.source ?? "";
        if (!source.includes(text)) continue;
        count += cache.reviewed(segmentId, source).findings.filter((other) => other.kind === finding.kind && other.source === text).length;
      }
      return count;
    },
    [cache, store],
  );

  return { isOn, setOn, isLoading: isOn && !reviewer, overrides, setOverrides, view, cache: isOn ? cache : null, countLike };
}
