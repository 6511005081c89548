"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { MIN_PASSWORD_LENGTH } from "@/lib/core/team/password-rules";
import { FormMessage } from "@/components/ui/form-message";
import type { RunnerMessage } from "@/components/ui/use-action-runner";
import { settleAction } from "@/components/ui/settle-action";

export type NewAccountInput = { name: string; email: string; password: string; token?: string };

type Props = {
  /** The email when it is fixed (an invitation for one address, a set-password link); else the field is asked. */
  fixedEmail: string | null;
  submitLabel: string;
  /** The one-time link's token, sent back with the form. */
  token?: string;
  submit: (input: NewAccountInput) => Promise<ActionResult<null>>;
};

/** Name, email and a new password (typed twice), for an invitation, a set-password link or the first owner. */
export function NewAccountForm({ fixedEmail, submitLabel, token, submit }: Props) {
  const t = useTranslations("Team");
  const tErrors = useTranslations("Errors");
  const [message, setMessage] = useState<RunnerMessage | null>(null);
  const [isPending, startTransition] = useTransition();

  return (
    <form
      className="card auth-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const field = (name: string) => String(form.get(name) ?? "");
        if (field("password") !== field("repeat")) return setMessage({ text: t("passwordsDiffer"), isError: true });
        startTransition(async () => {
          const result = await settleAction(submit({ name: field("name"), email: fixedEmail ?? field("email"), password: field("password"), token }));
          if (!result.ok) return setMessage({ text: tErrors(result.code, result.params), isError: true });
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load, so that no page kept by the client router outlives the session change
          window.location.assign("/");
        });
      }}
    >
      {fixedEmail ? (
        <p>
          {t("accountFor")} <strong>{fixedEmail}</strong>
        </p>
      ) : (
        <label className="field">
          <span className="field-label">{t("email")}</span>
          <input type="email" name="email" autoComplete="username" required maxLength={254} />
        </label>
      )}
      <label className="field">
        <span className="field-label">{t("name")}</span>
        <input type="text" name="name" autoComplete="name" maxLength={100} />
      </label>
      <label className="field">
        <span className="field-label">{t("newPassword")}</span>
        <input type="password" name="password" autoComplete="new-password" required maxLength={256} aria-describedby="password-rule" />
        <span id="password-rule" className="field-hint">
          {t("passwordRule", { min: MIN_PASSWORD_LENGTH })}
        </span>
      </label>
      <label className="field">
        <span className="field-label">{t("repeatPassword")}</span>
        <input type="password" name="repeat" autoComplete="new-password" required maxLength={256} />
      </label>
      <FormMessage message={message} />
      <button type="submit" className="button primary" disabled={isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
