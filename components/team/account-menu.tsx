"use client";
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";

type Props = { name: string; email: string; isOwner: boolean };

/** Who is signed in, with sign out (this browser) and sign out everywhere (every session of this user). */
export function AccountMenu({ name, email, isOwner }: Props) {
  const t = useTranslations("Team");
  const [failed, setFailed] = useState(false);
  const [isPending, setPending] = useState(false);

  async function end(path: "/api/auth/sign-out" | "/api/auth/revoke-sessions") {
    setPending(true);
    setFailed(false);
    const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }).catch(() => null);
    if (!response?.ok) {
      setFailed(true);
      setPending(false);
      return;
    }
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load, so that no page kept by the client router outlives the session change
    window.location.assign("/sign-in");
  }

  return (
    <details className="account-menu">
      <summary aria-label={t("accountMenu", { name: name || email })}>{name || email}</summary>
      <div className="account-menu-panel">
        <p>
          {t("signedInAs")} <strong>{email}</strong>
        </p>
        {isOwner && (
          <Link href="/team" className="button">
            {t("teamLink")}
          </Link>
        )}
        <button type="button" className="button" disabled={isPending} onClick={() => void end("/api/auth/sign-out")}>
          {t("signOut")}
        </button>
        <button type="button" className="button" disabled={isPending} onClick={() => void end("/api/auth/revoke-sessions")}>
          {t("signOutEverywhere")}
        </button>
        {failed && (
          <p role="alert" className="error">
            {t("signOutFailed")}
          </p>
        )}
      </div>
    </details>
  );
}
