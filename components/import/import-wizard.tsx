"use client";
import { useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { cleanText, DEFAULT_CLEANUP_CHOICES, type CleanupChoices } from "@/lib/core/clean/clean-text";
import type { SourcePreview } from "@/lib/core/import/source-preview";
import { CleanupPreview } from "./cleanup-preview";
import { EncodingPicker } from "./encoding-picker";
import { SourceStep, type SourceDetails, type SourceInput } from "./source-step";
import { ProjectOptions } from "@/components/projects/project-options";

type Props = {
  onRead: (form: FormData) => Promise<ActionResult<SourcePreview>>;
  onImport: (form: FormData) => Promise<ActionResult<{ id: number }>>;
  /** The projects the user may add documents to; a choice only when there are several. */
  projects?: { id: number; name: string }[];
};

type Loaded = { input: SourceInput; details: SourceDetails; preview: SourcePreview; encoding: string | null };

const UNEXPECTED: ActionResult<never> = { ok: false, code: "UNEXPECTED" };

function sourceForm(input: SourceInput, encoding: string | null): FormData {
  const form = new FormData();
  if (input.kind === "file") form.set("file", input.file);
  else form.set("text", input.text);
  if (encoding) form.set("encoding", encoding);
  return form;
}

/** Import in two steps: the source, then the cleanup preview; the import happens only at the end. */
export function ImportWizard({ onRead, onImport, projects = [] }: Props) {
  const t = useTranslations("Import");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [choices, setChoices] = useState<CleanupChoices>(DEFAULT_CLEANUP_CHOICES);
  const [error, setError] = useState<string | null>(null);
  const [projectId, setProjectId] = useState<number | null>(projects[0]?.id ?? null);
  const tProjects = useTranslations("Projects");
  const [isPending, startTransition] = useTransition();
  const result = useMemo(() => (loaded ? cleanText(loaded.preview.text, choices) : null), [loaded, choices]);

  const read = (input: SourceInput, details: SourceDetails, encoding: string | null) =>
    startTransition(async () => {
      if (input.kind === "paste") {
        const preview: SourcePreview = { text: input.text, format: "text", encoding: "utf-8", detected: null, replacementCount: 0, title: null };
        setLoaded({ input, details, preview, encoding: null });
        return setError(null);
      }
      const answer = await onRead(sourceForm(input, encoding)).catch(() => UNEXPECTED);
      if (!answer.ok) return setError(tErrors(answer.code, answer.params));
      setError(null);
      setLoaded({ input, details, preview: answer.data, encoding });
    });

  const importNow = () =>
    startTransition(async () => {
      if (!loaded) return;
      const form = sourceForm(loaded.input, loaded.encoding ?? loaded.preview.encoding);
      for (const [key, value] of Object.entries(loaded.details)) form.set(key, value);
      form.set("choices", JSON.stringify(choices));
      if (projectId !== null) form.set("projectId", String(projectId));
      const answer = await onImport(form).catch(() => UNEXPECTED);
      if (answer.ok) router.push(`/documents/${answer.data.id}`);
      else setError(tErrors(answer.code, answer.params));
    });

  if (!loaded || !result) {
    return <SourceStep isPending={isPending} error={error} onError={setError} onNext={(input, details) => read(input, details, null)} />;
  }
  return (
    <div className="import-preview">
      <div className="import-actions">
        <button type="button" className="button" onClick={() => setLoaded(null)} disabled={isPending}>
          ← {t("backToSource")}
        </button>
        {loaded.input.kind === "file" && (
          <EncodingPicker
            preview={loaded.preview}
            disabled={isPending}
            onChange={(encoding) => read(loaded.input, loaded.details, encoding)}
          />
        )}
        {projects.length > 1 && (
          <label className="import-project">
            {tProjects("column")}{" "}
            <select value={projectId ?? ""} onChange={(event) => setProjectId(Number(event.target.value))} disabled={isPending}>
              <ProjectOptions projects={projects} />
            </select>
          </label>
        )}
        <button type="button" className="button primary" onClick={importNow} disabled={isPending} aria-busy={isPending}>
          {isPending ? t("importing") : t("import", { count: result.paragraphs.length })}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <CleanupPreview text={loaded.preview.text} result={result} choices={choices} onChoicesChange={setChoices} />
    </div>
  );
}
