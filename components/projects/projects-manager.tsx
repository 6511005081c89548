"use client";
import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { PROJECT_ROLES, type ProjectRole } from "@/lib/core/team/project-roles";
import { FormMessage } from "@/components/ui/form-message";
import { settleAction } from "@/components/ui/settle-action";
import type { RunnerMessage } from "@/components/ui/use-action-runner";

export type ProjectView = {
  id: number;
  name: string;
  usesSharedGlossary: boolean;
  usesSharedMemory: boolean;
  documents: number;
  canManage: boolean;
  /** Null when members are not shown (local mode has no accounts). */
  members: { userId: string; name: string; email: string; role: ProjectRole }[] | null;
};

export type ProjectActions = {
  create: (input: { name: string }) => Promise<ActionResult<{ id: number }>>;
  update: (input: { id: number; name: string; usesSharedGlossary: boolean; usesSharedMemory: boolean }) => Promise<ActionResult<null>>;
  setMember: (input: { projectId: number; email: string; role: ProjectRole }) => Promise<ActionResult<null>>;
  removeMember: (input: { projectId: number; userId: string }) => Promise<ActionResult<null>>;
};

type Props = { projects: ProjectView[]; canCreate: boolean; actions: ProjectActions };

/** The user's projects: create (global owners), rename and glossary/memory scope, members and their roles (the project's owners). */
export function ProjectsManager({ projects, canCreate, actions }: Props) {
  const t = useTranslations("Projects");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  // Shown in the card it came from ("new" or a project's id), so that it is seen where the form is.
  const [message, setMessage] = useState<(RunnerMessage & { where: number | "new" }) | null>(null);
  const [isPending, startTransition] = useTransition();

  const run = <T,>(where: number | "new", pending: () => Promise<ActionResult<T>>, done: string, after?: () => void) =>
    startTransition(async () => {
      const result = await settleAction(pending());
      if (!result.ok) return setMessage({ where, text: tErrors(result.code, result.params), isError: true });
      setMessage({ where, text: done, isError: false });
      after?.();
      router.refresh();
    });
  const submit = (handler: (form: FormData, element: HTMLFormElement) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    handler(new FormData(event.currentTarget), event.currentTarget);
  };

  return (
    <div className="projects-manager" aria-busy={isPending}>
      {canCreate && (
        <section className="card" aria-labelledby="new-project-heading">
          <h2 id="new-project-heading">{t("createHeading")}</h2>
          <form
            className="project-form"
            onSubmit={submit((form, element) => run("new", () => actions.create({ name: String(form.get("name") ?? "") }), t("created"), () => element.reset()))}
          >
            <label className="field">
              <span className="field-label">{t("name")}</span>
              <input type="text" name="name" required maxLength={200} />
            </label>
            <button type="submit" className="button primary" disabled={isPending}>
              {t("create")}
            </button>
          </form>
          <FormMessage message={message?.where === "new" ? message : null} />
        </section>
      )}
      {projects.map((project) => (
        <section key={project.id} className="card project-card" aria-labelledby={`project-${project.id}`}>
          <h2 id={`project-${project.id}`}>{project.name}</h2>
          <p className="field-hint">{t("documents", { count: project.documents })}</p>
          {project.canManage && (
            <form
              className="project-form"
              onSubmit={submit((form) =>
                run(
                  project.id,
                  () =>
                    actions.update({
                      id: project.id,
                      name: String(form.get("name") ?? ""),
                      usesSharedGlossary: form.get("usesSharedGlossary") === "on",
                      usesSharedMemory: form.get("usesSharedMemory") === "on",
                    }),
                  t("saved"),
                ),
              )}
            >
              <label className="field">
                <span className="field-label">{t("name")}</span>
                <input type="text" name="name" required maxLength={200} defaultValue={project.name} aria-label={t("nameOf", { name: project.name })} />
              </label>
              <label className="check">
                <input type="checkbox" name="usesSharedGlossary" defaultChecked={project.usesSharedGlossary} />
                {t("usesSharedGlossary")}
              </label>
              <label className="check">
                <input type="checkbox" name="usesSharedMemory" defaultChecked={project.usesSharedMemory} />
                {t("usesSharedMemory")}
              </label>
              <button type="submit" className="button" disabled={isPending}>
                {t("save")}
              </button>
            </form>
          )}
          {project.members && (
            <div className="project-members">
              <h3>{t("membersHeading")}</h3>
              {project.members.length === 0 ? (
                <p className="field-hint">{t("noMembers")}</p>
              ) : (
                <table className="team-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("member")}</th>
                      <th scope="col">{t("role")}</th>
                      {project.canManage && (
                        <th scope="col">
                          <span className="visually-hidden">{t("actions")}</span>
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {project.members.map((member) => (
                      <tr key={member.userId}>
                        <td>
                          {member.name} <span className="field-hint">{member.email}</span>
                        </td>
                        <td>
                          {project.canManage ? (
                            <select
                              aria-label={t("roleOf", { name: member.name || member.email })}
                              value={member.role}
                              disabled={isPending}
                              onChange={(event) =>
                                run(project.id, () => actions.setMember({ projectId: project.id, email: member.email, role: event.target.value as ProjectRole }), t("saved"))
                              }
                            >
                              {PROJECT_ROLES.map((role) => (
                                <option key={role} value={role}>
                                  {t(`roles.${role}`)}
                                </option>
                              ))}
                            </select>
                          ) : (
                            t(`roles.${member.role}`)
                          )}
                        </td>
                        {project.canManage && (
                          <td>
                            <button
                              type="button"
                              className="button subtle"
                              disabled={isPending}
                              aria-label={t("removeNamed", { name: member.name || member.email })}
                              onClick={() => run(project.id, () => actions.removeMember({ projectId: project.id, userId: member.userId }), t("saved"))}
                            >
                              {t("remove")}
                            </button>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {project.canManage && (
                <form
                  className="project-form"
                  onSubmit={submit((form, element) =>
                    run(
                      project.id,
                      () => actions.setMember({ projectId: project.id, email: String(form.get("email") ?? ""), role: String(form.get("role")) as ProjectRole }),
                      t("memberAdded"),
                      () => element.reset(),
                    ),
                  )}
                >
                  <label className="field">
                    <span className="field-label">{t("memberEmail")}</span>
                    <input type="email" name="email" required maxLength={254} />
                  </label>
                  <label className="field">
                    <span className="field-label">{t("role")}</span>
                    <select name="role" defaultValue="translator">
                      {PROJECT_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <button type="submit" className="button" disabled={isPending}>
                    {t("addMember")}
                  </button>
                </form>
              )}
            </div>
          )}
          <FormMessage message={message?.where === project.id ? message : null} />
        </section>
      ))}
    </div>
  );
}
