"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { codePointLength, toCodePointOffset, toUtf16Offset } from "@/lib/core/text/code-points";
import { Dialog } from "@/components/ui/dialog";

// Read-only boxes hide the caret in Chromium; these show it and move it with the keys but refuse edits.
const CARET_ONLY = {
  "aria-readonly": true,
  spellCheck: false,
  onBeforeInput: (event: { preventDefault: () => void }) => event.preventDefault(),
} as const;

export type SplitRequest = { id: number; n: number; source: string; target: string; at: number };

type Props = {
  request: SplitRequest | null;
  onSplit: (id: number, at: number, targetAt: number | null) => void;
  onClose: () => void;
};

/**
 * Where to split: the caret in the source (as stored), and optionally in the translation. The
 * translation goes with the first part unless its caret is moved off the end.
 */
export function SplitDialog({ request, onSplit, onClose }: Props) {
  const t = useTranslations("Editor");
  const source = useRef<HTMLTextAreaElement>(null);
  const target = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!request || !source.current || !target.current) return;
    const [sourceBox, targetBox] = [source.current, target.current];
    const at = toUtf16Offset(request.source, request.at);
    // After showModal, which moves focus into the dialog itself.
    const frame = requestAnimationFrame(() => {
      targetBox.setSelectionRange(request.target.length, request.target.length);
      sourceBox.focus();
      sourceBox.setSelectionRange(at, at);
    });
    return () => cancelAnimationFrame(frame);
  }, [request]);

  const submit = () => {
    if (!request || !source.current || !target.current) return;
    const at = toCodePointOffset(request.source, source.current.selectionStart);
    const targetCaret = toCodePointOffset(request.target, target.current.selectionStart);
    onSplit(request.id, at, targetCaret >= codePointLength(request.target) ? null : targetCaret);
  };

  return (
    <Dialog
      open={request !== null}
      title={t("split", { n: request?.n ?? 0 })}
      onClose={onClose}
      className="split-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t("cancel")}
          </button>
          <button type="button" className="button primary" onClick={submit}>
            {t("splitConfirm")}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t("splitSourceLabel")}</span>
        <textarea ref={source} {...CARET_ONLY} lang="zh" defaultValue={request?.source} className="split-source" />
      </label>
      <label className="field">
        <span className="field-label">{t("splitTargetLabel")}</span>
        <textarea ref={target} {...CARET_ONLY} lang="en" defaultValue={request?.target} className="split-target" />
      </label>
      <p className="hint">{t("splitHint")}</p>
    </Dialog>
  );
}
