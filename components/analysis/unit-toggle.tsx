import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AnalysisUnit } from "@/lib/core/analysis/analysis-report";

/** Paragraphs or sentences as the analysis unit: two links (a GET parameter), so that each view can be linked to. */
export function UnitToggle({ unit, hrefs }: { unit: AnalysisUnit; hrefs: Record<AnalysisUnit, string> }) {
  const t = useTranslations("Analysis");
  return (
    <nav className="unit-toggle" aria-label={t("unitLabel")}>
      <span className="unit-toggle-label" aria-hidden="true">
        {t("unitLabel")}
      </span>
      <span className="unit-toggle-options">
        {(["paragraph", "sentence"] as const).map((option) => (
          <Link key={option} href={hrefs[option]} aria-current={option === unit ? "page" : undefined} replace scroll={false}>
            {t(`units.${option}`)}
          </Link>
        ))}
      </span>
    </nav>
  );
}
