"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { ConversionFinding, ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import type { MappedText } from "@/lib/core/convert/mapped-text";
import type { ConversionReviewer } from "@/lib/core/convert/review-conversion";
import type { SourceScript } from "@/lib/core/model";
import type { EditorStore } from "./editor-store";
import type { MarksStore } from "./marks-store";
import { ReviewCache } from "./review-cache";
import type { SourceView } from "./use-source-view";

// The reviewer brings every view converter and both one-to-many tables: loaded only when needed.
const loadReviewer = () => import("@/lib/core/convert/review-conversion").then((module) => module.loadConversionReviewer());

type Input = { script: SourceScript; sourceView: SourceView; initialOverrides: ConversionOverride[]; store: EditorStore; marks: MarksStore };

/**
 * The conversion review in the editor: the source view with the document's overrides applied (in
 * every view, review on or off) and, while the review is on, a mark per finding (given to the marks).
 */
export function useConversionReview({ script, sourceView, initialOverrides, store, marks }: Input) {
  const tReview = useTranslations("ConversionReview");
  const [isOn, setOn] = useState(false);
  const [overrides, setOverrides] = useState(initialOverrides);
  const [reviewer, setReviewer] = useState<ConversionReviewer | null>(null);
  const isNeeded = isOn || overrides.length > 0;
  const toggle = useCallback(() => setOn((on) => !on), []);

  useEffect(() => {
    if (!isNeeded || reviewer) return;
    void loadReviewer().then((loaded) => setReviewer(() => loaded));
  }, [isNeeded, reviewer]);

  const cache = useMemo(() => (reviewer ? new ReviewCache(reviewer, script, sourceView.view, overrides) : null), [reviewer, script, sourceView.view, overrides]);

  const describe = useCallback(
    (finding: ConversionFinding) => tReview("markLabel", { kind: finding.kind, chosen: finding.overrideId ? "yes" : "no" }),
    [tReview],
  );
  const shownCache = isOn ? cache : null;
  useEffect(() => marks.setReview(shownCache ? { cache: shownCache, describe } : null), [marks, shownCache, describe]);

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

  return { isOn, toggle, isLoading: isOn && !reviewer, overrides, setOverrides, view, cache: shownCache, countLike };
}
export type ConversionReview = ReturnType<typeof useConversionReview>;
