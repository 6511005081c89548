import { useTranslations } from "next-intl";
import { ProjectOptions } from "./project-options";

/** Where a new glossary or memory goes (form field `projectId`; "" the shared one); nothing when there is no choice. */
export function ScopeSelect({ projects, allowShared }: { projects: { id: number; name: string }[]; allowShared: boolean }) {
  const t = useTranslations("Projects");
  if (projects.length + (allowShared ? 1 : 0) < 2) return null;
  return (
    <label className="field">
      <span>{t("scope")}</span>
      <select name="projectId" defaultValue={allowShared ? "" : projects[0]?.id}>
        {allowShared && <option value="">{t("shared")}</option>}
        <ProjectOptions projects={projects} />
      </select>
    </label>
  );
}
