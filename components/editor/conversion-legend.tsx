"use client";
import { useTranslations } from "next-intl";

/** What the conversion review's marks mean, shown while the review is on. */
export function ConversionLegend({ isLoading }: { isLoading: boolean }) {
  const tReview = useTranslations("ConversionReview");
  return (
    <p className="conversion-legend" aria-live="polite">
      {isLoading ? (
        tReview("loading")
      ) : (
        <>
          <span className="legend-item legend-ambiguous">{tReview("legendAmbiguous")}</span>
          <span className="legend-item legend-leftover">{tReview("legendLeftover")}</span>
          <span className="legend-item legend-chosen">{tReview("legendChosen")}</span>
          <span className="hint">{tReview("legendHint")}</span>
        </>
      )}
    </p>
  );
}
