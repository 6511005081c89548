"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ConversionRequest, ConversionScope } from "./conversion-review-dialog";
import type { EditorActions } from "./editor-actions";
import type { EditorStore } from "./editor-store";
import type { ConversionReview } from "./use-conversion-review";
import type { SourceView } from "./use-source-view";
import type { Notice } from "./use-notice";

type Options = { documentId: number; store: EditorStore; review: ConversionReview; sourceView: SourceView; actions: EditorActions; notice: Notice };

/** The choices dialog of a conversion finding: opened from its mark, applied to one place or to every like it, or taken back. */
export function useConversionChoices({ documentId, store, review, sourceView, actions, notice }: Options) {
  const tReview = useTranslations("ConversionReview");
  const [request, setRequest] = useState<ConversionRequest | null>(null);

  /** A finding's mark opens its choices on a click or Enter; returns whether the element was one. */
  const openFinding = (element: HTMLElement): boolean => {
    const mark = element.closest<HTMLElement>("[data-conversion]");
    const row = mark?.closest<HTMLElement>("[data-segment-id]");
    if (!mark || !row || !review.cache) return false;
    const segmentId = Number(row.dataset.segmentId);
    const finding = review.cache.reviewed(segmentId, store.row(segmentId)?.segment.source ?? "").findings[Number(mark.dataset.conversion)];
    if (!finding) return false;
    setRequest({ segmentId, n: store.numberOf(segmentId), finding, count: review.countLike(finding) });
    return true;
  };

  const apply = async (chosen: ConversionRequest, text: string, scope: ConversionScope) => {
    const { finding, segmentId } = chosen;
    const script = finding.kind === "leftover" ? "original" : sourceView.view === "hans" ? "hans" : "hant";
    const result = await actions.createConversionOverride({
      documentId,
      segmentId: scope === "one" ? segmentId : null,
      start: scope === "one" ? finding.start : null,
      from: finding.source ?? finding.shown,
      to: text,
      script,
    });
    if (!result.ok) return notice.sayError(result);
    review.setOverrides(result.data);
    setRequest(null);
    notice.say(tReview("applied", { from: finding.source ?? finding.shown, to: text, count: scope === "one" ? 1 : chosen.count }));
  };

  const remove = async (id: number) => {
    const result = await actions.deleteConversionOverride({ id, documentId });
    if (!result.ok) return notice.sayError(result);
    review.setOverrides(result.data);
    setRequest(null);
    notice.say(tReview("removed"));
  };

  return { request, openFinding, apply, remove, close: () => setRequest(null) };
}

export type ConversionChoices = ReturnType<typeof useConversionChoices>;
