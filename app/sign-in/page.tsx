import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/lib/core/team/public-paths";
import { SignInForm } from "@/components/team/sign-in-form";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { isFirstRunOpen } from "@/lib/server/auth/first-run";
import { TEAM_MODE } from "@/lib/server/auth/team-mode";
import "@/components/team/team.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Team"))("signInTitle") };
}

/** Team mode's sign-in; where every page sends a stranger (`next` is where to return). */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(typeof next === "string" ? next : null);
  if (!TEAM_MODE || (await getCurrentUser())) redirect(returnTo);
  const [t, firstRun] = await Promise.all([getTranslations("Team"), isFirstRunOpen()]);
  return (
    <div className="auth-page">
      <h1>{t("signInTitle")}</h1>
      <p className="hint">{t("signInIntro")}</p>
      {firstRun && (
        <p className="notice">
          {t("noAccountsYet")} <Link href="/welcome">{t("welcomeLink")}</Link>
        </p>
      )}
      <SignInForm returnTo={returnTo} />
    </div>
  );
}
