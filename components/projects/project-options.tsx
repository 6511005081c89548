/** The `<option>`s of a project choice, by name, the project's id as value. */
export function ProjectOptions({ projects }: { projects: readonly { id: number; name: string }[] }) {
  return projects.map((project) => (
    <option key={project.id} value={project.id}>
      {project.name}
    </option>
  ));
}
