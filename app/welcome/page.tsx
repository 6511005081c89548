import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewAccountForm } from "@/components/team/new-account-form";
import { isFirstRunOpen } from "@/lib/server/auth/first-run";
import { TEAM_MODE } from "@/lib/server/auth/team-mode";
import { createFirstOwnerAction } from "./actions";
import "@/components/team/team.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Team"))("welcomeTitle") };
}

/** First run in team mode: the first owner's account, from this machine only, while nobody has one. */
export default async function WelcomePage() {
  if (!TEAM_MODE) redirect("/");
  const t = await getTranslations("Team");
  if (!(await isFirstRunOpen())) {
    return (
      <div className="auth-page">
        <h1>{t("welcomeTitle")}</h1>
        <p className="notice">{t("welcomeClosed")}</p>
        <pre className="mt-env-example">npx duizhao users add you@example.com --role owner</pre>
      </div>
    );
  }
  return (
    <div className="auth-page">
      <h1>{t("welcomeTitle")}</h1>
      <p className="hint">{t("welcomeIntro")}</p>
      <NewAccountForm fixedEmail={null} submitLabel={t("createOwner")} submit={createFirstOwnerAction} />
    </div>
  );
}
