"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/i18n/locales";

// Each language is named in itself, so a reader can find their own whatever the current UI language.
const NATIVE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文", "zh-TW": "繁體中文" };

type Props = { current: Locale; onChange: (locale: Locale) => Promise<void> };

export function LanguageSwitcher({ current, onChange }: Props) {
  const t = useTranslations("LanguageSwitcher");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t("label")}</span>
      <span aria-hidden="true" className="language-icon">
        文A
      </span>
      <select
        aria-label={t("label")}
        value={current}
        disabled={isPending}
        onChange={(event) => {
          const locale = event.target.value as Locale;
          startTransition(async () => {
            await onChange(locale);
            router.refresh();
          });
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {NATIVE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
