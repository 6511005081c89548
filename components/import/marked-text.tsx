"use client";
import { memo, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ReportedEdit } from "@/lib/core/clean/clean-text";

type Props = {
  text: string;
  edits: ReportedEdit[];
  /** Only the first `limit` UTF-16 units are drawn: a preview of megabytes would freeze the page. */
  limit: number;
  onToggle: (edit: ReportedEdit) => void;
};

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text).replace(/\n/g, "⏎");

/** The source text with every change drawn over it; a change is a button that puts it back or redoes it. */
export const MarkedText = memo(function MarkedText({ text, edits, limit, onToggle }: Props) {
  const t = useTranslations("Import");
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const edit of edits) {
    // Changes inside a bigger change (a gloss inside a removed line) are drawn with it.
    if (edit.from < at || edit.from >= limit) continue;
    pieces.push(text.slice(at, edit.from));
    // A removed line's own line break is drawn outside its mark, so the next line still starts on its own.
    const span = text.slice(edit.from, edit.to);
    const lineBreak = span.endsWith("\n") ? "\n" : "";
    const original = (lineBreak ? span.slice(0, -1) : span) || "·";
    // A mojibake repair made by default: undone and redone like a removal, but named as a repair.
    const isRepair = edit.rule === "mojibake" && (edit.status === "applied" || edit.status === "restored");
    const texts = { original: short(original), replacement: short(edit.replacement) };
    const label = {
      applied: isRepair ? t("putBackRepair", texts) : t("restore", { text: texts.original }),
      restored: isRepair ? t("redoRepair", texts) : t("remove", { text: texts.original }),
      suggested: t("acceptRepair", texts),
      accepted: t("undoRepair", texts),
      flagged: t("flagged"),
    }[edit.status];
    pieces.push(
      edit.status === "flagged" ? (
        <mark key={edit.key} className="edit edit-flagged" title={label}>
          {original}
        </mark>
      ) : (
        <button
          key={edit.key}
          type="button"
          className={`edit edit-${edit.rule} edit-${edit.status}`}
          aria-label={label}
          aria-pressed={edit.status === "restored" || edit.status === "accepted"}
          title={label}
          onClick={() => onToggle(edit)}
        >
          <span className="edit-original">{original}</span>
          {edit.replacement && edit.status !== "restored" && <span className="edit-replacement">{edit.replacement}</span>}
          {isRepair && <span className="edit-tag">{t("repairTag", { status: edit.status })}</span>}
        </button>
      ),
      lineBreak,
    );
    at = edit.to;
  }
  pieces.push(text.slice(at, Math.max(at, limit)));
  return <div className="marked-text">{pieces}</div>;
});
