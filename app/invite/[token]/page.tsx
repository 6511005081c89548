import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewAccountForm } from "@/components/team/new-account-form";
import { describeInvitation } from "@/lib/server/auth/invitations";
import { TEAM_MODE } from "@/lib/server/auth/team-mode";
import { acceptInvitationAction } from "../actions";
import "@/components/team/team.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Team"))("inviteTitle") };
}

/** A one-time link: a new account (invitation) or a password for an existing user (set-password link). */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  if (!TEAM_MODE) notFound();
  const { token } = await params;
  const [t, invitation] = await Promise.all([getTranslations("Team"), describeInvitation(token)]);
  if (!invitation) {
    return (
      <div className="auth-page">
        <h1>{t("inviteTitle")}</h1>
        <p className="error" role="alert">
          {t("linkInvalid")}
        </p>
        <Link href="/sign-in">{t("toSignIn")}</Link>
      </div>
    );
  }
  return (
    <div className="auth-page">
      <h1>{invitation.setsPassword ? t("setPasswordTitle") : t("inviteTitle")}</h1>
      <p className="hint">{t(invitation.setsPassword ? "setPasswordIntro" : "inviteIntro", { role: t(`roles.${invitation.role}`) })}</p>
      <NewAccountForm
        fixedEmail={invitation.fixedEmail}
        submitLabel={t(invitation.setsPassword ? "setPasswordButton" : "acceptButton")}
        token={token}
        submit={acceptInvitationAction}
      />
    </div>
  );
}
