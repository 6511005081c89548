import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("Analysis");
  return (
    <p role="status" className="hint analysis-loading">
      {t("loading")}
    </p>
  );
}
