import "server-only";
import { getTranslations } from "next-intl/server";

// The migration names project 1 in English; until someone renames it, it is shown in the reader's language.
const STORED_DEFAULT_NAME = "Default project";

/** The projects with the default project's untouched name in the UI language. */
export async function namedProjects<T extends { id: number; name: string }>(projects: T[]): Promise<T[]> {
  const t = await getTranslations("Projects");
  return projects.map((project) => (project.id === 1 && project.name === STORED_DEFAULT_NAME ? { ...project, name: t("defaultName") } : project));
}
