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

/** Whether the text of an edit's span stays (less the edits within it) rather than being replaced as a whole. */
const keepsText = (edit: ReportedEdit) => edit.status === "restored" || edit.status === "suggested" || edit.status === "flagged";

/**
 * The source text with every change drawn over it; a change is a button that puts it back or redoes it.
 * Changes inside a bigger change (a gloss inside a removed line) are drawn with it while it removes them,
 * and on their own inside it once it is put back.
 */
export const MarkedText = memo(function MarkedText({ text, edits, limit, onToggle }: Props) {
  const t = useTranslations("Import");
  const inside = new Map<string, ReportedEdit[]>();
  const outermost: ReportedEdit[] = [];
  for (const edit of edits) {
    if (!edit.within) outermost.push(edit);
    else inside.set(edit.within, [...(inside.get(edit.within) ?? []), edit]);
  }

  const drawEdit = (edit: ReportedEdit, content: string, lineBreak: string): ReactNode => {
    // A mojibake repair made by default: undone and redone like a removal, but named as a repair.
    const isRepair = edit.rule === "mojibake" && (edit.status === "applied" || edit.status === "restored");
    const original = short((lineBreak ? text.slice(edit.from, edit.to - 1) : text.slice(edit.from, edit.to)) || "·");
    const texts = { original, replacement: short(edit.replacement) };
    const label = {
      applied: isRepair ? t("putBackRepair", texts) : t("restore", { text: texts.original }),
      restored: isRepair ? t("redoRepair", texts) : t("remove", { text: texts.original }),
      suggested: t("acceptRepair", texts),
      accepted: t("undoRepair", texts),
      flagged: t("flagged"),
    }[edit.status];
    return edit.status === "flagged" ? (
      <mark key={edit.key} className="edit edit-flagged" title={label}>
        {content}
      </mark>
    ) : (
      // Named by the text it shows (WCAG 2.5.3: say what you see to press it); what it does is its title, read as its description.
      <button
        key={edit.key}
        type="button"
        className={`edit edit-${edit.rule} edit-${edit.status}`}
        aria-pressed={edit.status === "restored" || edit.status === "accepted"}
        title={label}
        onClick={() => onToggle(edit)}
      >
        <span className="edit-original">{content}</span>
        {edit.replacement && edit.status !== "restored" && <span className="edit-replacement">{edit.replacement}</span>}
        {isRepair && <span className="edit-tag">{t("repairTag", { status: edit.status })}</span>}
      </button>
    );
  };

  const draw = (from: number, to: number, list: ReportedEdit[]): ReactNode[] => {
    const pieces: ReactNode[] = [];
    let at = from;
    for (const edit of list) {
      if (edit.from < at || edit.from >= limit) continue;
      pieces.push(text.slice(at, edit.from));
      // A removed line's own line break is drawn outside its mark, so the next line still starts on its own.
      const span = text.slice(edit.from, edit.to);
      const lineBreak = span.endsWith("\n") ? "\n" : "";
      const within = keepsText(edit) ? inside.get(edit.key) : undefined;
      if (within) {
        const end = edit.to - lineBreak.length;
        const head = text.slice(edit.from, Math.min(within[0].from, end));
        pieces.push(
          <span key={edit.key} className={`edit-group edit-${edit.rule} edit-${edit.status}`}>
            {drawEdit(edit, head || "·", lineBreak)}
            {draw(edit.from + head.length, end, within)}
          </span>,
          lineBreak,
        );
      } else {
        pieces.push(drawEdit(edit, (lineBreak ? span.slice(0, -1) : span) || "·", lineBreak), lineBreak);
      }
      at = edit.to;
    }
    pieces.push(text.slice(at, Math.max(at, Math.min(to, limit))));
    return pieces;
  };

  return <div className="marked-text">{draw(0, text.length, outermost)}</div>;
});
