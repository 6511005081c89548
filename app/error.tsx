"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <div className="message-page" role="alert">
      <h1>{t("pageTitle")}</h1>
      <p>{t("UNEXPECTED")}</p>
      <p className="message-actions">
        <button type="button" className="button" onClick={reset}>
          {t("retry")}
        </button>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
