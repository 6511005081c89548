"use client";
import { Fragment } from "react";
import { useTranslations } from "next-intl";
import { chordKeys, chordsOf, SHORTCUTS } from "@/lib/core/editor/shortcuts";
import { Dialog } from "@/components/ui/dialog";

type Props = { open: boolean; isApple: boolean; onClose: () => void };

/** Every keyboard shortcut with its keys, from the one table the editor also uses. */
export function ShortcutsDialog({ open, isApple, onClose }: Props) {
  const t = useTranslations("Shortcuts");
  return (
    <Dialog
      open={open}
      title={t("title")}
      onClose={onClose}
      className="shortcuts-dialog"
      actions={
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t("close")}
        </button>
      }
    >
      {/* Focusable, so that the list scrolls from the keyboard when it is taller than the window. */}
      <div role="region" tabIndex={0} aria-label={t("title")}>
        <dl className="shortcut-list">
          {SHORTCUTS.map((shortcut) => (
            <Fragment key={shortcut.id}>
              <dt>
                {chordsOf(shortcut, isApple).map((chord, i) => (
                  <span key={i} className="chord">
                    {chordKeys(chord, isApple).map((key) => (
                      <kbd key={key}>{key}</kbd>
                    ))}
                  </span>
                ))}
              </dt>
              <dd>{t(shortcut.id)}</dd>
            </Fragment>
          ))}
        </dl>
      </div>
      <p className="hint">{t("inTextNote")}</p>
      <p className="hint">{t("batchNote")}</p>
    </Dialog>
  );
}
