"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { chordKeys, SHORTCUTS } from "@/lib/core/editor/shortcuts";
import type { MtState } from "./mt-suggestions";

type Props = { state: MtState; isApple: boolean; onInsert: () => void; onCancel: () => void; onRetry: () => void };

/** The machine translation of the focused paragraph in the dock: streamed in, cancellable, inserted with a click or Ctrl/⌘+0. */
export function MtSuggestion({ state, isApple, onInsert, onCancel, onRetry }: Props) {
  const t = useTranslations("Mt");
  const tErrors = useTranslations("Errors");
  if (state.kind === "idle") return null;
  if (state.kind === "off")
    return (
      <p className="hint mt-off">
        {t("notConfigured")} <Link href="/settings">{t("settingsLink")}</Link>
      </p>
    );
  const keys = chordKeys(SHORTCUTS.find((shortcut) => shortcut.id === "insertMt")!.chords[0], isApple).join("+");
  return (
    <section className="mt-suggestion" aria-label={t("label", { n: state.n })} aria-busy={state.kind === "streaming"}>
      <h3>
        {t("heading")}
        {state.kind === "ready" && <span className="mt-origin">{state.origin.replace(/^mt:/, "")}{state.isCached ? ` · ${t("cached")}` : ""}</span>}
      </h3>
      {(state.kind === "streaming" || state.kind === "ready") && (
        <p className="mt-text" lang="en">
          {state.text || <span className="hint">{t("waiting")}</span>}
        </p>
      )}
      {state.kind === "failed" && <p className="error">{tErrors(state.error.code, state.error.params)}</p>}
      {state.kind === "cancelled" && <p className="hint">{t("cancelled")}</p>}
      <div className="mt-actions">
        {state.kind === "streaming" && (
          <button type="button" className="link-button" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
        {state.kind === "ready" && (
          <button type="button" className="button" aria-keyshortcuts={isApple ? "Meta+0" : "Control+0"} onMouseDown={(event) => event.preventDefault()} onClick={onInsert}>
            {t("insert")} <kbd>{keys}</kbd>
          </button>
        )}
        {(state.kind === "failed" || state.kind === "cancelled") && (
          <button type="button" className="link-button" onClick={onRetry}>
            {t("retry")}
          </button>
        )}
      </div>
    </section>
  );
}
