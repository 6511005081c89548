"use client";
import { useTranslations } from "next-intl";

type Props = { n: number; isLocked: boolean; keys: string; onToggle: () => void };

/** A reviewed row's lock: the mark that it is locked, and the button that locks or unlocks it. */
export function LockToggle({ n, isLocked, keys, onToggle }: Props) {
  const t = useTranslations("Batch");
  const label = t(isLocked ? "unlockRow" : "lockRow", { n });
  return (
    <button type="button" className="row-action lock-toggle" aria-pressed={isLocked} aria-label={label} title={`${label} (${keys})`} aria-keyshortcuts={keys.replace(/Ctrl|⌘/, "Control")} onClick={onToggle}>
      <span aria-hidden="true">{isLocked ? "🔒" : "🔓"}</span> {t(isLocked ? "lockedShort" : "lockShort")}
    </button>
  );
}
