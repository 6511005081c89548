import { useTranslations } from "next-intl";
import { ProjectOptions } from "./project-options";

/**
 * Where a new glossary or memory goes (form field `projectId`; "" the shared one); nothing when there is no
 * choice. `label` tells two of them on one page apart (default "Project").
 */
export function ScopeSelect({ projects, allowShared, label }: { projects: { id: number; name: string }[]; allowShared: boolean; label?: string }) {
  const t = useTranslations("Projects");
  if (projects.length + (allowShared ? 1 : 0) < 2) return null;
  return (
    <label className="field">
      <span>{label ?? t("scope")}</span>
      <select name="projectId" defaultValue={allowShared ? "" : projects[0]?.id}>
        {allowShared && <option value="">{t("shared")}</option>}
        <ProjectOptions projects={projects} />
      </select>
    </label>
  );
}
