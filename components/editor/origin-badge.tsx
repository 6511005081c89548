"use client";
import { useTranslations } from "next-intl";
import { REPETITION_ORIGIN, tmScoreOf } from "@/lib/core/batch/batch-origins";

/** Who wrote a draft nobody has edited or confirmed yet: a machine, a memory match with its score, or a repetition. */
export function OriginBadge({ origin }: { origin: string }) {
  const tMt = useTranslations("Mt");
  const t = useTranslations("Batch");
  const score = tmScoreOf(origin);
  if (score !== null)
    return (
      <span className="mt-badge tm-badge" title={t("tmBadgeTitle", { score })}>
        {t("tmBadge", { score })}
      </span>
    );
  if (origin === REPETITION_ORIGIN)
    return (
      <span className="mt-badge repetition-badge" title={t("repetitionBadgeTitle")}>
        {t("repetitionBadge")}
      </span>
    );
  return (
    <span className="mt-badge" title={tMt("badgeTitle", { origin: origin.replace(/^mt:/, "") })}>
      {tMt("badge")}
    </span>
  );
}
