import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/language-switcher";
import { isLocale, DEFAULT_LOCALE } from "@/i18n/locales";
import { setLocaleAction } from "./actions";
import { ConcordanceSearch } from "@/components/memory/concordance-search";
import { AccountMenu } from "@/components/team/account-menu";
import { TogetherLinks } from "@/components/together/together-links";
import { getCurrentUser } from "@/lib/server/auth/current-user";
// Chinese web fonts, used only where the system has no CJK font (see --font-zh-* in app/styles/tokens.css): split
// by unicode-range into ~100 small files each, the browser fetches only those of the characters shown.
import "@fontsource/noto-sans-sc/400.css";
import "@fontsource/noto-sans-sc/700.css";
import "@fontsource/noto-sans-tc/400.css";
import "@fontsource/noto-sans-tc/700.css";
import "./globals.css";
import "./settings/settings.css";
import "@/components/team/team.css";
import "@/components/together/together.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Layout");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("Layout");
  const tSettings = await getTranslations("MtSettings");
  // Local mode: the local user. Team mode: null on the sign-in pages, whose header shows no tools.
  const user = await getCurrentUser();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t("skipToContent")}
          </a>
          <header className="app-header">
            <Link href="/" className="brand">
              <span className="brand-mark" lang="zh-Hans" aria-hidden="true">
                对照
              </span>
              <span className="brand-name">{t("brandName")}</span>
              <span className="brand-tagline">{t("tagline")}</span>
            </Link>
            {user && <ConcordanceSearch />}
            {user && <TogetherLinks isTeam={!user.isLocal} />}
            {user && (
              <Link href="/settings" className="settings-link">
                {tSettings("navLink")}
              </Link>
            )}
            {user && !user.isLocal && <AccountMenu name={user.name} email={user.email} isOwner={user.role === "owner"} />}
            <LanguageSwitcher current={isLocale(locale) ? locale : DEFAULT_LOCALE} onChange={setLocaleAction} />
          </header>
          <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
