import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/team/invite-form";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { TEAM_MODE } from "@/lib/server/auth/team-mode";
import { listUsers } from "@/lib/server/auth/users";
import { findProjects } from "@/lib/server/projects";
import { namedProjects } from "@/app/_lib/named-projects";
import { createInvitationAction } from "./actions";
import "@/components/team/team.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Team"))("teamTitle") };
}

/** Owners only: who has an account, and one-time invitation links. */
export default async function TeamPage() {
  const user = await requirePageUser();
  if (!TEAM_MODE) notFound();
  if (user.role !== "owner") notFound();
  const [t, tDocument, users, projects] = await Promise.all([getTranslations("Team"), getTranslations("Document"), listUsers(), findProjects().then(namedProjects)]);
  return (
    <div className="team-page">
      <nav className="breadcrumb">
        <Link href="/">← {tDocument("back")}</Link>
      </nav>
      <h1>{t("teamTitle")}</h1>
      <InviteForm invite={createInvitationAction} projects={projects.sort((a, b) => Number(b.id === 1) - Number(a.id === 1)).map(({ id, name }) => ({ id, name }))} />
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">{t("peopleHeading")}</h2>
        <table className="team-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((row) => (
              <tr key={row.id}>
                <td>{row.name}</td>
                <td>{row.email}</td>
                <td>{row.hasPassword ? t(`roles.${row.role}`) : t("roleNoPassword", { role: t(`roles.${row.role}`) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="field-hint">{t("removeHint")}</p>
      </section>
    </div>
  );
}
