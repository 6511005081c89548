"use client";
import { useTranslations } from "next-intl";
import type { DictionaryMatch } from "@/lib/core/dictionary/dictionary-index";
import { DictionaryEntries } from "./dictionary-entries";

export type WordLookupState = { match: DictionaryMatch; x: number; y: number };

/** The dictionary card shown over the source where the pointer rests (or for the selection). */
export function WordLookup({ state, onClose }: { state: WordLookupState | null; onClose: () => void }) {
  const t = useTranslations("Dictionary");
  if (!state) return null;
  return (
    <div
      role="tooltip"
      aria-label={t("label")}
      className="word-lookup"
      style={{ left: Math.max(8, Math.min(state.x, window.innerWidth - 336)), top: state.y + 14 }}
      onMouseLeave={onClose}
    >
      <DictionaryEntries match={state.match} />
      <p className="hint">{t("credit")}</p>
    </div>
  );
}
