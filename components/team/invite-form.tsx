"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { GLOBAL_ROLES, type GlobalRole } from "@/lib/core/team/roles";
import { FormMessage } from "@/components/ui/form-message";
import type { RunnerMessage } from "@/components/ui/use-action-runner";
import { settleAction } from "@/components/ui/settle-action";

type Created = { path: string; expiresAt: string };
type Props = { invite: (input: { email: string; role: GlobalRole }) => Promise<ActionResult<Created>> };

/** An owner makes a one-time invitation link and passes it on (there is no mail server). */
export function InviteForm({ invite }: Props) {
  const t = useTranslations("Team");
  const tErrors = useTranslations("Errors");
  const [message, setMessage] = useState<RunnerMessage | null>(null);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("inviteHeading")}</h2>
      <p className="field-hint">{t("inviteHint")}</p>
      <form
        className="invite-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const role = String(form.get("role")) === "owner" ? "owner" : "member";
          startTransition(async () => {
            const result = await settleAction(invite({ email: String(form.get("email") ?? ""), role }));
            if (!result.ok) return setMessage({ text: tErrors(result.code, result.params), isError: true });
            setMessage(null);
            setLink({ url: new URL(result.data.path, window.location.origin).href, expiresAt: result.data.expiresAt });
          });
        }}
      >
        <label className="field">
          <span className="field-label">{t("inviteEmail")}</span>
          <input type="email" name="email" maxLength={254} placeholder={t("inviteEmailPlaceholder")} />
        </label>
        <label className="field">
          <span className="field-label">{t("role")}</span>
          <select name="role" defaultValue="member">
            {GLOBAL_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary" disabled={isPending}>
          {t("createLink")}
        </button>
      </form>
      <FormMessage message={message} />
      {link && (
        <div className="invite-link" role="status">
          <label className="field">
            <span className="field-label">{t("linkReady")}</span>
            <input type="text" readOnly value={link.url} aria-label={t("invitationLink")} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <span className="field-hint">{t("linkOnce", { date: new Date(link.expiresAt).toLocaleString() })}</span>
        </div>
      )}
    </section>
  );
}
