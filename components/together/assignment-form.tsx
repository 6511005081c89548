"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { settleAction } from "@/components/ui/settle-action";

type Assignment = { translatorId: string | null; reviewerId: string | null };
type Props = {
  documentId: number;
  assignment: Assignment;
  people: { id: string; name: string }[];
  save: (input: { documentId: number; translatorId: string | null; reviewerId: string | null }) => Promise<ActionResult<unknown>>;
};

/** Who translates and who reviews the document, for someone who may manage it. */
export function AssignmentForm({ documentId, assignment, people, save }: Props) {
  const t = useTranslations("Assignment");
  const tErrors = useTranslations("Errors");
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const id = useId();
  const choice = (name: "translatorId" | "reviewerId", label: string) => (
    <span>
      <label htmlFor={`${id}-${name}`}>{label}</label>{" "}
      <select id={`${id}-${name}`} name={name} defaultValue={assignment[name] ?? ""}>
        <option value="">{t("nobody")}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </span>
  );
  return (
    <form
      className="document-assignment"
      aria-label={t("title")}
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const id = (name: string) => (form.get(name) as string) || null;
        setBusy(true);
        const result = await settleAction(save({ documentId, translatorId: id("translatorId"), reviewerId: id("reviewerId") }));
        setBusy(false);
        setMessage(result.ok ? { isError: false, text: t("saved") } : { isError: true, text: tErrors(result.code, result.params) });
      }}
    >
      {choice("translatorId", t("translator"))}
      {choice("reviewerId", t("reviewer"))}
      <button type="submit" className="button" disabled={isBusy}>
        {t("save")}
      </button>
      <span aria-live="polite" className={message?.isError ? "error" : "hint"}>
        {message?.text}
      </span>
    </form>
  );
}
