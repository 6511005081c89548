"use client";
import { useTranslations } from "next-intl";

type Props = { mine: string; theirs: string; isLocked?: boolean; onResolve: (choice: "mine" | "theirs" | "merge") => void };

/** Both texts of a conflict side by side, with the three ways out; neither text is lost either way. */
export function ConflictPanel({ mine, theirs, isLocked = false, onResolve }: Props) {
  const t = useTranslations("Document");
  const tEditor = useTranslations("Editor");
  const tBatch = useTranslations("Batch");
  // Locked meanwhile (in another tab, by someone else): keeping this text would only be refused again.
  if (isLocked)
    return (
      <div role="alert" className="conflict conflict-locked">
        <p>
          <strong>{tBatch("lockedConflictTitle")}</strong> {tBatch("lockedConflictHint")}
        </p>
        <figure>
          <figcaption>{tBatch("lockedConflictText")}</figcaption>
          <blockquote lang="en">{theirs}</blockquote>
        </figure>
        <div className="conflict-actions">
          <button type="button" className="button" onClick={() => onResolve("theirs")}>
            {tBatch("lockedConflictTake")}
          </button>
        </div>
      </div>
    );
  return (
    <div role="alert" className="conflict">
      <p>
        <strong>{t("conflictTitle")}</strong> {tEditor("conflictHint")}
      </p>
      <div className="conflict-texts">
        <figure>
          <figcaption>{tEditor("conflictMine")}</figcaption>
          <blockquote lang="en">{mine}</blockquote>
        </figure>
        <figure>
          <figcaption>{tEditor("conflictTheirs")}</figcaption>
          <blockquote lang="en">{theirs}</blockquote>
        </figure>
      </div>
      <div className="conflict-actions">
        <button type="button" className="button" onClick={() => onResolve("mine")}>
          {t("keepMine")}
        </button>
        <button type="button" className="button" onClick={() => onResolve("theirs")}>
          {t("useTheirs")}
        </button>
        <button type="button" className="button" onClick={() => onResolve("merge")}>
          {tEditor("mergeBoth")}
        </button>
      </div>
    </div>
  );
}
