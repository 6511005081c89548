"use client";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ViewConverter } from "@/lib/core/convert/load-view-converter";
import type { MappedText } from "@/lib/core/convert/mapped-text";
import type { MatchKey } from "@/lib/core/convert/match-key";
import type { ScriptView, SourceScript } from "@/lib/core/model";
import { SCRIPT_VIEWS, isOneOf } from "@/lib/core/model";
import type { PinyinAnnotator } from "@/lib/core/pinyin/annotate-pinyin";

export type SourceView = {
  view: ScriptView;
  isPinyin: boolean;
  /** Syllables coloured by tone (with pinyin on). */
  isToneColours: boolean;
  /** Null while loading and for the original view. */
  convert: ViewConverter | null;
  annotate: PinyinAnnotator | null;
  isLoading: boolean;
  /** The view of one paragraph with the document's conversion overrides, once they are loaded. */
  mapRow?: (source: string, segmentId: number) => MappedText;
};

type Choice = { view: ScriptView; isPinyin: boolean; isToneColours: boolean };

const storageKey = (documentId: number) => `duizhao:view:v1:${documentId}`;

function readChoice(documentId: number): Choice | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(storageKey(documentId)) ?? "null");
    if (typeof value !== "object" || value === null) return null;
    const { view, isPinyin, isToneColours } = value as Record<string, unknown>;
    if (typeof view !== "string" || !isOneOf(SCRIPT_VIEWS, view)) return null;
    return { view, isPinyin: isPinyin === true, isToneColours: isToneColours === true };
  } catch {
    return null;
  }
}

// Converters and the pinyin dictionary are loaded on first use only: they weigh up to a megabyte.
const loadConverter = (script: SourceScript, view: ScriptView) =>
  import("@/lib/core/convert/load-view-converter").then((module) => module.loadViewConverter(script, view));
const loadAnnotator = () => import("@/lib/core/pinyin/annotate-pinyin").then((module) => module.loadPinyinAnnotator());

/** The script the source is shown in and whether pinyin is on, remembered per document in this browser. */
export function useSourceView(documentId: number, script: SourceScript) {
  const [choice, setChoice] = useState<Choice>({ view: "original", isPinyin: false, isToneColours: false });
  const [convert, setConvert] = useState<{ for: ScriptView; convert: ViewConverter } | null>(null);
  const [annotate, setAnnotate] = useState<PinyinAnnotator | null>(null);

  useEffect(() => {
    const remembered = readChoice(documentId);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the browser's storage is only readable after hydration
    if (remembered) setChoice(remembered);
  }, [documentId]);

  useEffect(() => {
    if (choice.view === "original") return;
    let isCurrent = true;
    void loadConverter(script, choice.view).then((loaded) => {
      if (isCurrent) setConvert({ for: choice.view, convert: loaded });
    });
    return () => {
      isCurrent = false;
    };
  }, [script, choice.view]);

  useEffect(() => {
    if (!choice.isPinyin || annotate) return;
    void loadAnnotator().then((loaded) => setAnnotate(() => loaded));
  }, [choice.isPinyin, annotate]);

  const change = useCallback(
    (next: Partial<Choice>) => {
      const updated = { ...choice, ...next };
      setChoice(updated);
      try {
        window.localStorage.setItem(storageKey(documentId), JSON.stringify(updated));
      } catch {
        // Not remembered, still shown.
      }
    },
    [choice, documentId],
  );

  const sourceView = useMemo((): SourceView => {
    const isConverted = choice.view !== "original" && convert?.for === choice.view;
    return {
      ...choice,
      convert: isConverted ? convert.convert : null,
      annotate: choice.isPinyin ? annotate : null,
      isLoading: (choice.view !== "original" && !isConverted) || (choice.isPinyin && !annotate),
    };
  }, [choice, convert, annotate]);
  const setView = useCallback((view: ScriptView) => change({ view }), [change]);
  const setPinyin = useCallback((isPinyin: boolean) => change({ isPinyin }), [change]);
  const setToneColours = useCallback((isToneColours: boolean) => change({ isToneColours }), [change]);
  return { sourceView, setView, setPinyin, setToneColours };
}

/** The cross-script match key, loaded when first needed. */
export function useMatchKey(isNeeded: boolean): MatchKey | null {
  const [toKey, setToKey] = useState<MatchKey | null>(null);
  useEffect(() => {
    if (!isNeeded || toKey) return;
    void import("@/lib/core/convert/match-key").then((module) => module.loadMatchKey()).then((loaded) => setToKey(() => loaded));
  }, [isNeeded, toKey]);
  return toKey;
}
