"use client";
import { useMemo, useRef, useSyncExternalStore, type RefObject } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { RowState } from "./editor-store";
import type { MarksStore } from "./marks-store";
import type { QaResults } from "./qa-results";
import type { RowCommands } from "./row-command-types";
import { SourceText, type SourceMark } from "./source-text";
import type { SourceView } from "./use-source-view";
import { useKeyboardSelection } from "./use-keyboard-selection";

type Props = {
  id: number;
  n: number;
  row: RowState;
  view: SourceView;
  sourceLang: string;
  marks: MarksStore;
  qa: QaResults;
  commands: RowCommands;
  /** The source column, where the split button reads the caret. */
  sourceRef: RefObject<HTMLDivElement | null>;
};

/**
 * A row's source: the text in the script chosen with its marks (annotations, terms, find hits,
 * conversion findings, and where a QA warning points), selectable by mouse or keyboard to annotate,
 * looked up in the dictionary on hover or D, with the paragraph's QA marker and garbled-text notice.
 */
export function RowSource({ id, n, row, view, sourceLang, marks: marksStore, qa, commands, sourceRef: source }: Props) {
  const t = useTranslations("Document");
  const tQa = useTranslations("Qa");
  const tFinding = useTranslations("QaFindings");
  const locale = useLocale();
  const { segment } = row;
  const sourceText = useRef<HTMLSpanElement>(null);
  const selectWithKeys = useKeyboardSelection(sourceText, (element) => commands.onSourceSelect(id, element));
  const hover = useRef<number | null>(null);
  const marksOfRow = () => marksStore.marksOf(id);
  const marks = useSyncExternalStore(marksStore.subscribe, marksOfRow, marksOfRow);
  const findingsOfRow = () => qa.rowFindingsOf(id, row);
  const allFindings = useSyncExternalStore(qa.subscribe, findingsOfRow, findingsOfRow);
  const findings = useMemo(() => allFindings.filter((finding) => !finding.isIgnored), [allFindings]);
  const garbled = findings.filter((finding) => finding.check === "mojibake");
  // Where a warning points in the source (a number, a date, a garbled run), underlined with the warning as its label.
  const sourceMarks = useMemo((): readonly SourceMark[] => {
    const ranges = findings.filter((finding) => finding.sourceRange);
    if (ranges.length === 0) return marks;
    return [
      ...marks,
      ...ranges.map((f) =>
        f.check === "mojibake"
          ? { ...f.sourceRange!, className: "qa-range mojibake-range", label: tFinding(f.code, f.params), description: tQa("mojibakeLabel") }
          : { ...f.sourceRange!, className: "qa-range", label: tFinding(f.code, f.params) },
      ),
    ];
  }, [marks, findings, tFinding, tQa]);

  return (
    <div className={view.annotate ? `segment-source has-pinyin${view.isToneColours ? " tone-colours" : ""}` : "segment-source"} lang={view.view === "original" ? sourceLang : LANG_OF_VIEW[view.view]} ref={source}>
      {segment.kind !== "body" && <span className="kind-tag">{t("kind", { kind: segment.kind })}</span>}
      <span
        className="source-text"
        ref={sourceText}
        tabIndex={0}
        aria-label={t("sourceOf", { n })}
        onKeyDown={selectWithKeys}
        onMouseUp={() => sourceText.current && commands.onSourceSelect(id, sourceText.current)}
        onKeyUp={(event) => {
          if (!sourceText.current) return;
          if (event.key === "d" || event.key === "D") commands.onSourceLookup(id, sourceText.current, null);
        }}
        onMouseDown={() => {
          if (hover.current !== null) window.clearTimeout(hover.current);
          commands.onSourcePress();
        }}
        onMouseMove={(event) => {
          const { clientX: x, clientY: y } = event;
          if (hover.current !== null) window.clearTimeout(hover.current);
          // While a button is held the pointer selects; it does not rest on a word.
          if (event.buttons !== 0) return;
          hover.current = window.setTimeout(() => sourceText.current && commands.onSourceLookup(id, sourceText.current, { x, y }), 250);
        }}
        onMouseLeave={() => hover.current !== null && window.clearTimeout(hover.current)}
        onClick={(event) => {
          const term = (event.target as HTMLElement).closest<HTMLElement>("[data-term-id]");
          if (term && window.getSelection()?.isCollapsed !== false) commands.onTermClick(id, Number(term.dataset.termId));
        }}
      >
        <SourceText source={segment.source} segmentId={id} view={view} marks={sourceMarks} />
      </span>
      {findings.length > 0 && (
        <button
          type="button"
          className="qa-marker"
          aria-label={tQa("marker", { n, count: findings.length })}
          title={findings.map((finding) => tFinding(finding.code, finding.params)).join("\n")}
          onClick={() => commands.onQaMarker(id)}
        >
          <span aria-hidden="true">⚠</span> {findings.length}
        </button>
      )}
      {garbled.map((finding) => (
        <p key={finding.key} className="mojibake-notice" lang={locale}>
          <span>{tFinding(finding.code, finding.params)}</span>{" "}
          <button type="button" className="link-button" aria-label={tQa("dismissLabel", { n })} onClick={() => qa.dismiss(id, finding.key)}>
            {tQa("dismiss")}
          </button>
        </p>
      ))}
    </div>
  );
}

const LANG_OF_VIEW = { hans: "zh-Hans", hant: "zh-Hant", tw: "zh-Hant-TW", hk: "zh-Hant-HK", twp: "zh-Hant-TW" } as const;
