"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { GLOBAL_ROLES, type GlobalRole } from "@/lib/core/team/roles";
import { isProjectRole, PROJECT_ROLES, type ProjectRole } from "@/lib/core/team/project-roles";
import { FormMessage } from "@/components/ui/form-message";
import type { RunnerMessage } from "@/components/ui/use-action-runner";
import { settleAction } from "@/components/ui/settle-action";
import { ProjectOptions } from "@/components/projects/project-options";

type Created = { path: string; expiresAt: string };
type Invite = { email: string; role: GlobalRole; project?: { id: number; role: ProjectRole } | null };
type Props = { invite: (input: Invite) => Promise<ActionResult<Created>>; projects?: { id: number; name: string }[] };

/** An owner makes a one-time invitation link and passes it on (there is no mail server). */
export function InviteForm({ invite, projects = [] }: Props) {
  const t = useTranslations("Team");
  const tProjects = useTranslations("Projects");
  const tErrors = useTranslations("Errors");
  const [message, setMessage] = useState<RunnerMessage | null>(null);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("inviteHeading")}</h2>
      <p className="field-hint">{t("inviteHint")}</p>
      <form
        className="invite-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const role = String(form.get("role")) === "owner" ? "owner" : "member";
          const projectId = Number(form.get("projectId") ?? 0);
          const projectRole = String(form.get("projectRole"));
          const project = projectId > 0 && isProjectRole(projectRole) ? { id: projectId, role: projectRole } : null;
          startTransition(async () => {
            const result = await settleAction(invite({ email: String(form.get("email") ?? ""), role, project }));
            if (!result.ok) return setMessage({ text: tErrors(result.code, result.params), isError: true });
            setMessage(null);
            setLink({ url: new URL(result.data.path, window.location.origin).href, expiresAt: result.data.expiresAt });
          });
        }}
      >
        <label className="field">
          <span className="field-label">{t("inviteEmail")}</span>
          <input type="email" name="email" maxLength={254} placeholder={t("inviteEmailPlaceholder")} />
        </label>
        <label className="field">
          <span className="field-label">{t("role")}</span>
          <select name="role" defaultValue="member">
            {GLOBAL_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        {projects.length > 0 && (
          <>
            <label className="field">
              <span className="field-label">{tProjects("inviteProject")}</span>
              <select name="projectId" defaultValue={projects[0].id}>
                <option value="">{tProjects("inviteNoProject")}</option>
                <ProjectOptions projects={projects} />
              </select>
            </label>
            <label className="field">
              <span className="field-label">{tProjects("inviteProjectRole")}</span>
              <select name="projectRole" defaultValue="translator">
                {PROJECT_ROLES.map((projectRole) => (
                  <option key={projectRole} value={projectRole}>
                    {tProjects(`roles.${projectRole}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <button type="submit" className="button primary" disabled={isPending}>
          {t("createLink")}
        </button>
      </form>
      <FormMessage message={message} />
      {link && (
        <div className="invite-link" role="status">
          <label className="field">
            <span className="field-label">{t("linkReady")}</span>
            <input type="text" readOnly value={link.url} aria-label={t("invitationLink")} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <span className="field-hint">{t("linkOnce", { date: new Date(link.expiresAt).toLocaleString() })}</span>
        </div>
      )}
    </section>
  );
}
