"use client";
import { useTranslations } from "next-intl";

type Props = { n: number; isLocked: boolean; keys: string; onToggle: () => void };

/** A reviewed row's lock: the mark that it is locked, and the button that locks or unlocks it. */
export function LockToggle({ n, isLocked, keys, onToggle }: Props) {
  const t = useTranslations("Batch");
  const label = t(isLocked ? "unlockRow" : "lockRow", { n });
  return (
    <button type="button" className="row-action lock-toggle" aria-pressed={isLocked} aria-label={label} title={`${label} (${keys})`} aria-keyshortcuts={keys.replace(/Ctrl|⌘/, "Control")} onClick={onToggle}>
      <LockIcon isOpen={!isLocked} /> <span className="lock-text">{t(isLocked ? "lockedShort" : "lockShort")}</span>
    </button>
  );
}

/** A padlock, closed or open (drawn: emoji fonts are not everywhere). */
function LockIcon({ isOpen }: { isOpen: boolean }) {
  return (
    <svg className="lock-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
      <path d={isOpen ? "M5 7V4.5a3 3 0 0 1 5.8-1" : "M5 7V4.5a3 3 0 0 1 6 0V7"} fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
