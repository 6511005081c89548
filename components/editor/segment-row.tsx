"use client";
import { memo, useLayoutEffect, useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { chordKeys, matchShortcut, SHORTCUTS } from "@/lib/core/editor/shortcuts";
import { SEGMENT_STATUSES, type SegmentStatus } from "@/lib/core/model";
import { statusAfterEdit } from "@/lib/core/status";
import { caretViewOffset } from "./caret-offset";
import { ConflictPanel } from "./conflict-panel";
import type { EditorStore } from "./editor-store";
import type { MarksStore } from "./marks-store";
import type { QaResults } from "./qa-results";
import { RowSource } from "./row-source";
import type { RowCommands } from "./row-command-types";
import { TagBar } from "./tag-bar";
import type { SourceView } from "./use-source-view";


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
  const tMt = useTranslations("Mt");
  const row = useSyncExternalStore(
    (listener) => store.subscribeRow(id, listener),
    () => store.row(id),
    () => store.row(id),
  );
  const textarea = useRef<HTMLTextAreaElement>(null);
  const source = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const caret = commands.takeFocus(id);
    if (caret === null || !textarea.current) return;
    textarea.current.focus({ preventScroll: true });
    textarea.current.setSelectionRange(caret, caret);
  }, [commands, id]);

  if (!row) return null;
  const { segment, draft, conflict } = row;
  // A machine translation nobody has edited or confirmed yet: just inserted, or so on the server (which
  // clears the origin on the next save by a person, or with another status than draft).
  const machineOrigin = draft.origin ?? (draft.target === segment.target ? segment.origin : "");
  const isMachineDraft = !!machineOrigin && draft.status === "draft";

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
      <RowSource id={id} n={n} row={row} view={view} sourceLang={sourceLang} marks={marksStore} qa={qa} commands={commands} sourceRef={source} />
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
          {isMachineDraft && (
            <span className="mt-badge" title={tMt("badgeTitle", { origin: machineOrigin!.replace(/^mt:/, "") })}>
              {tMt("badge")}
            </span>
          )}
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
