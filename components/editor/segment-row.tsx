"use client";
import { memo, useLayoutEffect, useMemo, useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { chordKeys, matchShortcut, SHORTCUTS, type ShortcutId } from "@/lib/core/editor/shortcuts";
import { SEGMENT_STATUSES, type SegmentStatus } from "@/lib/core/model";
import { statusAfterEdit } from "@/lib/core/status";
import { caretViewOffset } from "./caret-offset";
import { ConflictPanel } from "./conflict-panel";
import type { EditorStore } from "./editor-store";
import type { MarksStore } from "./marks-store";
import type { QaResults } from "./qa-results";
import { SourceText, type SourceMark } from "./source-text";
import { TagBar } from "./tag-bar";
import type { SourceView } from "./use-source-view";
import { useKeyboardSelection } from "./use-keyboard-selection";

export type RowCommands = {
  /** `key`: the key pressed (which memory match Ctrl/⌘+1…5 inserts). */
  onShortcut: (id: number, shortcut: ShortcutId, textarea: HTMLTextAreaElement, key?: string) => void;
  /** The translation box got focus. */
  onFocus: (id: number) => void;
  onHistory: (id: number) => void;
  /** `viewCaret`: where the caret was in the source as shown, if it was there. */
  onSplit: (id: number, viewCaret: number | null) => void;
  onJoin: (id: number) => void;
  /** The translator selected text in the source (container: the SourceText drawn). */
  onSourceSelect: (id: number, container: HTMLElement) => void;
  /** The pointer rests on the source, or a key asked for the word at the selection. */
  onSourceLookup: (id: number, container: HTMLElement, point: { x: number; y: number } | null) => void;
  /** A press on the source (a click or a drag begins): no dictionary card may come or stay. */
  onSourcePress: () => void;
  onTermClick: (id: number, termId: number) => void;
  /** The translator clicked the paragraph's QA marker. */
  onQaMarker: (id: number) => void;
  /** Called once a row is in the DOM: it takes focus if a jump asked for it. */
  takeFocus: (id: number) => number | null;
  isApple: boolean;
};

type Props = {
  store: EditorStore;
  id: number;
  /** 1-based number shown to the translator and used in accessible names. */
  n: number;
  isLast: boolean;
  sourceLang: string;
  view: SourceView;
  marks: MarksStore;
  commands: RowCommands;
  qa: QaResults;
};

export const SegmentRow = memo(function SegmentRow({ store, id, n, isLast, sourceLang, view, marks: marksStore, commands, qa }: Props) {
  const t = useTranslations("Document");
  const tEditor = useTranslations("Editor");
  const tStatus = useTranslations("Status");
  const tQa = useTranslations("Qa");
  const tFinding = useTranslations("QaFindings");
  const locale = useLocale();
  const row = useSyncExternalStore(
    (listener) => store.subscribeRow(id, listener),
    () => store.row(id),
    () => store.row(id),
  );
  const textarea = useRef<HTMLTextAreaElement>(null);
  const source = useRef<HTMLDivElement>(null);
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

  useLayoutEffect(() => {
    const caret = commands.takeFocus(id);
    if (caret === null || !textarea.current) return;
    textarea.current.focus({ preventScroll: true });
    textarea.current.setSelectionRange(caret, caret);
  }, [commands, id]);

  if (!row) return null;
  const { segment, draft, conflict } = row;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const shortcut = matchShortcut(event, { isApple: commands.isApple, inText: true });
    if (!shortcut) return;
    event.preventDefault();
    commands.onShortcut(id, shortcut, event.currentTarget, event.key);
  };

  return (
    <div className="segment-row" data-kind={segment.kind} data-status={draft.status} data-segment-id={id}>
      <div className="segment-number" aria-hidden="true">
        {n}
      </div>
      <div className={view.annotate ? "segment-source has-pinyin" : "segment-source"} lang={view.view === "original" ? sourceLang : LANG_OF_VIEW[view.view]} ref={source}>
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
      <div className="segment-target">
        <textarea
          ref={textarea}
          aria-label={t("targetLabel", { n })}
          data-segment-id={id}
          lang="en"
          rows={1}
          spellCheck
          placeholder={t("targetPlaceholder")}
          value={draft.target}
          onChange={(event) => {
            const target = event.target.value;
            qa.typed(id);
            store.edit(id, { target, status: statusAfterEdit(draft.status, target) }, { isTyping: true, caret: event.target.selectionStart });
          }}
          onBeforeInput={(event) => {
            // The browser's own undo (menu, gestures) would skip our history: use ours instead.
            const inputType = (event.nativeEvent as InputEvent).inputType;
            if (inputType !== "historyUndo" && inputType !== "historyRedo") return;
            event.preventDefault();
            commands.onShortcut(id, inputType === "historyUndo" ? "undo" : "redo", event.currentTarget);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => commands.onFocus(id)}
          onBlur={() => {
            qa.settle(id);
            void store.flush(id);
          }}
        />
        <TagBar
          n={n}
          source={segment.source}
          target={draft.target}
          keys={INSERT_TAG_KEYS(commands.isApple)}
          onInsert={(char) => textarea.current && commands.onShortcut(id, "insertTag", textarea.current, char)}
        />
        <div className="segment-meta">
          <span className={`status-dot status-${draft.status}`} aria-hidden="true" />
          <select
            aria-label={t("statusLabel", { n })}
            value={draft.status}
            onChange={(event) => store.edit(id, { ...draft, status: event.target.value as SegmentStatus }, { immediate: true })}
          >
            {SEGMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tStatus(status)}
              </option>
            ))}
          </select>
          <span className="row-actions">
            <button type="button" className="row-action" aria-label={tEditor("history", { n })} title={tEditor("history", { n })} onClick={() => commands.onHistory(id)}>
              {tEditor("historyShort")}
            </button>
            <button
              type="button"
              className="row-action"
              aria-label={tEditor("split", { n })}
              title={tEditor("split", { n })}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => commands.onSplit(id, source.current ? caretViewOffset(source.current) : null)}
            >
              {tEditor("splitShort")}
            </button>
            {!isLast && (
              <button type="button" className="row-action" aria-label={tEditor("join", { n })} title={tEditor("join", { n })} onClick={() => commands.onJoin(id)}>
                {tEditor("joinShort")}
              </button>
            )}
          </span>
        </div>
        {conflict && (
          <ConflictPanel mine={draft.target} theirs={conflict.target} onResolve={(choice) => store.resolveConflict(id, choice)} />
        )}
      </div>
    </div>
  );
});

const INSERT_TAG_KEYS = (isApple: boolean) => chordKeys(SHORTCUTS.find((shortcut) => shortcut.id === "insertTag")!.chords[0], isApple).join("+");

const LANG_OF_VIEW = { hans: "zh-Hans", hant: "zh-Hant", tw: "zh-Hant-TW", hk: "zh-Hant-HK", twp: "zh-Hant-TW" } as const;
