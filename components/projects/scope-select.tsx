import { useTranslations } from "next-intl";

/** Where a new glossary or memory goes (form field `projectId`; "" the shared one); nothing when there is no choice. */
export function ScopeSelect({ projects, allowShared }: { projects: { id: number; name: string }[]; allowShared: boolean }) {
  const t = useTranslations("Projects");
  if (projects.length + (allowShared ? 1 : 0) < 2) return null;
  return (
    <label className="field">
      <span>{t("scope")}</span>
      <select name="projectId" defaultValue={allowShared ? "" : projects[0]?.id}>
        {allowShared && <option value="">{t("shared")}</option>}
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
    </label>
  );
}
