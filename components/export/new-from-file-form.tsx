"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { sendUpload } from "@/components/ui/send-upload";

type Props = { action: (state: ActionResult<null> | null, form: FormData) => Promise<ActionResult<null>> };

/** Creates a document from an XLIFF or TMX file with its translations; errors are shown in the user's language. */
export function NewFromFileForm({ action }: Props) {
  const t = useTranslations("Export");
  const tErrors = useTranslations("Errors");
  const [state, formAction, isPending] = useActionState(
    (previous: ActionResult<null> | null, form: FormData) => sendUpload(form, (checked) => action(previous, checked)),
    null,
  );
  return (
    <form action={formAction} className="new-from-file" aria-label={t("newFromFileHeading")}>
      <h3>{t("newFromFileHeading")}</h3>
      <p className="hint">{t("newFromFileHint")}</p>
      <label className="control">
        <span className="control-label">{t("importFile")}</span>
        <input type="file" name="file" accept=".xlf,.xliff,.tmx" required />
      </label>
      <button type="submit" className="button" disabled={isPending}>
        {t("newFromFileButton")}
      </button>
      {state && !state.ok && (
        <p role="alert" className="error">
          {tErrors(state.code, state.params)}
        </p>
      )}
    </form>
  );
}
