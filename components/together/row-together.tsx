"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useTogether } from "./together-layer";

/** A row's comment badge (click to open its threads) and, after a change to a reviewed translation, who made it and when. */
export function RowTogether({ id, n }: { id: number; n: number }) {
  const together = useTogether();
  const t = useTranslations("Comments");
  const format = useFormatter();
  if (!together) return null;
  const count = together.counts.get(id);
  const change = together.reviewChanges.get(id);
  const label = count && count.open === 0 ? t("badgeResolved", { n, total: count.total }) : t("badge", { n, open: count?.open ?? 0 });
  const time = change && format.dateTime(new Date(change.changedAt), { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <button type="button" className="comment-badge" data-open={count?.open || undefined} data-none={!count || undefined} aria-label={label} title={label} onClick={() => together.openComments(id, n)}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 3v-3h-.5A1.5 1.5 0 0 1 2 9.5z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
        </svg>
        {count && count.open > 0 && <span aria-hidden="true">{count.open}</span>}
      </button>
      {change && (
        <span className="review-change">
          {change.authorName ? t("changedAfterReview", { name: change.authorName, time: time! }) : t("changedAfterReviewNoName", { time: time! })}
        </span>
      )}
    </>
  );
}
