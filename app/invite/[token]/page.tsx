import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewAccountForm } from "@/components/team/new-account-form";
import { findOpenInvitation } from "@/lib/server/auth/invitations";
import { TEAM_MODE } from "@/lib/server/auth/team-mode";
import { prisma } from "@/lib/server/db";
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
  const [t, invitation] = await Promise.all([getTranslations("Team"), findOpenInvitation(token)]);
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
  const user = invitation.userId ? await prisma.user.findUnique({ where: { id: invitation.userId }, select: { email: true } }) : null;
  const fixedEmail = user?.email ?? invitation.email;
  return (
    <div className="auth-page">
      <h1>{invitation.userId ? t("setPasswordTitle") : t("inviteTitle")}</h1>
      <p className="hint">{t(invitation.userId ? "setPasswordIntro" : "inviteIntro", { role: t(`roles.${invitation.role}`) })}</p>
      <NewAccountForm
        fixedEmail={fixedEmail}
        submitLabel={t(invitation.userId ? "setPasswordButton" : "acceptButton")}
        token={token}
        submit={acceptInvitationAction}
      />
    </div>
  );
}
