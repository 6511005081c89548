"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import type { RunnerMessage } from "@/components/ui/use-action-runner";

/** Email + password, sent to better-auth's sign-in route (rate-limited there); on success, the page asked for. */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("Team");
  const [message, setMessage] = useState<RunnerMessage | null>(null);
  const [isPending, setPending] = useState(false);

  async function signIn(form: FormData) {
    setPending(true);
    setMessage(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? "").trim(), password: String(form.get("password") ?? "") }),
      });
      if (response.ok) {
        window.location.assign(returnTo);
        return;
      }
      if (response.status === 429) {
        const seconds = Number(response.headers.get("X-Retry-After")) || 60;
        setMessage({ text: t("tooManyAttempts", { seconds }), isError: true });
      } else if (response.status === 401 || response.status === 400) {
        setMessage({ text: t("wrongPassword"), isError: true });
      } else {
        setMessage({ text: t("signInFailed"), isError: true });
      }
    } catch {
      setMessage({ text: t("signInFailed"), isError: true });
    }
    setPending(false);
  }

  return (
    <form
      className="card auth-form"
      onSubmit={(event) => {
        event.preventDefault();
        void signIn(new FormData(event.currentTarget));
      }}
    >
      <label className="field">
        <span className="field-label">{t("email")}</span>
        <input type="email" name="email" autoComplete="username" required maxLength={254} autoFocus />
      </label>
      <label className="field">
        <span className="field-label">{t("password")}</span>
        <input type="password" name="password" autoComplete="current-password" required maxLength={256} />
      </label>
      <FormMessage message={message} />
      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
