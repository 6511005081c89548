"use client";
import { memo, useLayoutEffect, useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { chordKeys, matchShortcut, SHORTCUTS } from "@/lib/core/editor/shortcuts";
import { SEGMENT_STATUSES, type SegmentStatus } from "@/lib/core/model";
import { statusAfterEdit } from "@/lib/core/status";
import { caretViewOffset } from "./caret-offset";
import { ConflictPanel } from "./conflict-panel";
import { useEditorPermissions } from "./editor-permissions";
import { LockToggle } from "./lock-toggle";
import { shortcutKeys } from "./shortcut-keys";
import { OriginBadge } from "./origin-badge";
import type { EditorStore } from "./editor-store";
import type { MarksStore } from "./marks-store";
import type { QaResults } from "./qa-results";
import { RowLive } from "./row-live";
import { RowSource } from "./row-source";
import type { RowCommands } from "./row-command-types";
import { TagBar } from "./tag-bar";
import { RowTogether } from "@/components/together/row-together";
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
  const tBatch = useTranslations("Batch");
  const { canEdit, canReview } = useEditorPermissions();
  const row = useSyncExternalStore(
    (listener) => store.subscribeRow(id, listener),
    () => store.row(id),
    () => store.row(id),
  );
  const isSelected = useSyncExternalStore(
    (listener) => commands.selection.subscribeRow(id, listener),
    () => commands.selection.has(id),
    () => false,
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
  const isLocked = segment.locked === true;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const shortcut = matchShortcut(event, { isApple: commands.isApple, inText: true });
    // A locked box is read-only: a key that would type says why nothing happens.
    if (!shortcut && isLocked && isTypingKey(event)) return void store.refuseIfLocked(id);
    if (!shortcut) return;
    event.preventDefault();
    commands.onShortcut(id, shortcut, event.currentTarget, event.key);
  };

  return (
    <div className="segment-row" data-kind={segment.kind} data-status={draft.status} data-segment-id={id} data-locked={isLocked || undefined} data-selected={isSelected || undefined}>
      <div className="segment-number">
        <span aria-hidden="true">{n}</span>
        <input
          type="checkbox"
          className="row-select"
          aria-label={tBatch("selectRow", { n })}
          title={`${tBatch("selectRow", { n })} (${SELECT_KEYS(commands.isApple)})`}
          checked={isSelected}
          // React reports a checkbox's change from its click: Shift held there selects a range.
          onChange={(event) => commands.onSelect(id, (event.nativeEvent as MouseEvent).shiftKey === true)}
        />
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
          readOnly={isLocked || !canEdit}
          aria-describedby={isLocked ? `locked-note-${id}` : undefined}
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
          onPaste={(event) => isLocked && (event.preventDefault(), store.refuseIfLocked(id))}
          onCut={(event) => isLocked && (event.preventDefault(), store.refuseIfLocked(id))}
          onDrop={(event) => isLocked && (event.preventDefault(), store.refuseIfLocked(id))}
          onFocus={() => commands.onFocus(id)}
          onBlur={() => {
            qa.settle(id);
            void store.flush(id);
          }}
        />
        {isLocked && (
          <p className="locked-note" id={`locked-note-${id}`}>
            {canReview ? tBatch("lockedNote", { keys: LOCK_KEYS(commands.isApple) }) : tBatch("lockedNoteAskReviewer")}
          </p>
        )}
        <TagBar
          n={n}
          source={segment.source}
          target={draft.target}
          keys={INSERT_TAG_KEYS(commands.isApple)}
          onInsert={(char) => textarea.current && commands.onShortcut(id, "insertTag", textarea.current, char)}
        />
        <div className="segment-meta">
          <span className={`status-dot status-${draft.status}`} aria-hidden="true" />
          {isMachineDraft && <OriginBadge origin={machineOrigin!} />}
          <select
            aria-label={t("statusLabel", { n })}
            disabled={!canEdit}
            value={draft.status}
            onChange={(event) => {
              const status = event.target.value as SegmentStatus;
              store.edit(id, { ...draft, status }, { immediate: true });
              if (!isLocked && (status === "translated" || status === "reviewed") && draft.target.trim() !== "") commands.onConfirmed(id);
            }}
          >
            {SEGMENT_STATUSES.map((status) => (
              <option key={status} value={status} disabled={status === "reviewed" && !canReview && draft.status !== "reviewed"}>
                {tStatus(status)}
              </option>
            ))}
          </select>
          {canReview && (isLocked || draft.status === "reviewed") && <LockToggle n={n} isLocked={isLocked} keys={LOCK_KEYS(commands.isApple)} onToggle={() => commands.onToggleLock(id)} />}
          <RowTogether id={id} n={n} />
          <RowLive id={id} />
          <span className="row-actions">
            <button type="button" className="row-action" aria-label={tEditor("history", { n })} title={tEditor("history", { n })} onClick={() => commands.onHistory(id)}>
              {tEditor("historyShort")}
            </button>
            {canEdit && <button
              type="button"
              className="row-action"
              aria-label={tEditor("split", { n })}
              title={tEditor("split", { n })}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => commands.onSplit(id, source.current ? caretViewOffset(source.current) : null)}
            >
              {tEditor("splitShort")}
            </button>}
            {canEdit && !isLast && (
              <button type="button" className="row-action" aria-label={tEditor("join", { n })} title={tEditor("join", { n })} onClick={() => commands.onJoin(id)}>
                {tEditor("joinShort")}
              </button>
            )}
          </span>
        </div>
        {conflict && (
          <ConflictPanel mine={draft.target} theirs={conflict.target} isLocked={conflict.locked === true} onResolve={(choice) => store.resolveConflict(id, choice)} />
        )}
      </div>
    </div>
  );
});

const LOCK_KEYS = (isApple: boolean) => shortcutKeys("toggleLock", isApple);
const SELECT_KEYS = (isApple: boolean) => shortcutKeys("selectRow", isApple);

/** A key that types or deletes in a text box (no shortcut, no moving around). */
const isTypingKey = (event: KeyboardEvent) =>
  !event.ctrlKey && !event.metaKey && !event.altKey && (event.key.length === 1 || event.key === "Backspace" || event.key === "Delete" || event.key === "Enter");

const INSERT_TAG_KEYS = (isApple: boolean) => chordKeys(SHORTCUTS.find((shortcut) => shortcut.id === "insertTag")!.chords[0], isApple).join("+");
