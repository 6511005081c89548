"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { settleAction } from "@/components/ui/settle-action";
import { ProjectOptions } from "./project-options";

type Props = {
  documentId: number;
  title: string;
  projectId: number;
  /** The projects the user manages (the document's own included). */
  projects: { id: number; name: string }[];
  onMove: (input: { documentId: number; projectId: number }) => Promise<ActionResult<null>>;
};

/** A document's project, changed by someone who manages both projects. */
export function MoveDocumentForm({ documentId, title, projectId, projects, onMove }: Props) {
  const t = useTranslations("Projects");
  const tErrors = useTranslations("Errors");
  const router = useRouter();
  const [chosen, setChosen] = useState(projectId);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <form
      className="move-document"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await settleAction(onMove({ documentId, projectId: chosen }));
          setError(result.ok ? null : tErrors(result.code, result.params));
          if (result.ok) router.refresh();
        });
      }}
    >
      <select aria-label={t("moveLabel", { title })} value={chosen} onChange={(event) => setChosen(Number(event.target.value))} disabled={isPending}>
        <ProjectOptions projects={projects} />
      </select>
      {chosen !== projectId && (
        <button type="submit" className="button subtle" disabled={isPending}>
          {t("move")}
        </button>
      )}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </form>
  );
}
