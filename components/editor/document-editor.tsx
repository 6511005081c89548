"use client";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import { mappedString } from "@/lib/core/convert/mapped-text";
import { filterRows, type SegmentFilter } from "@/lib/core/editor/segment-filter";
import { matchShortcut } from "@/lib/core/editor/shortcuts";
import type { AnnotationMark, DocumentMeta, SaveTargetResult, Segment } from "@/lib/core/model";
import { ProgressMeter } from "@/components/ui/progress-meter";
import { EditorStore } from "./editor-store";
import { EditorToolbar } from "./editor-toolbar";
import { HistoryDialog, type FindRevisionsAction } from "./history-dialog";
import { SegmentList, type SegmentListHandle } from "./segment-list";
import { SegmentRow } from "./segment-row";
import type { SaveAction } from "./segment-saver";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SplitDialog, type SplitRequest } from "./split-dialog";
import { useEditorCommands } from "./use-editor-commands";
import { RowMarks } from "./row-marks";
import { useMatchKey, useSourceView } from "./use-source-view";
import { useStructureActions } from "./use-structure-actions";

export type EditorActions = {
  save: SaveAction;
  findRevisions: FindRevisionsAction;
  restore: (input: { segmentId: number; revisionId: number; baseVersion: number; clientEditId: string }) => Promise<ActionResult<SaveTargetResult>>;
  split: (input: { segmentId: number; baseVersion: number; at: number; targetAt: number | null }) => Promise<ActionResult<{ first: Segment; second: Segment }>>;
  join: (input: { segmentId: number; baseVersion: number; nextBaseVersion: number }) => Promise<ActionResult<{ segment: Segment; removedId: number }>>;
};

type Props = {
  document: DocumentMeta;
  segments: Segment[];
  annotations: AnnotationMark[];
  actions: EditorActions;
  /** Shown under the title, e.g. where the text came from. */
  details?: ReactNode;
  /** The export menu, shown in the toolbar. */
  exportMenu?: ReactNode;
};

export function DocumentEditor({ document: doc, segments, annotations, actions, details, exportMenu }: Props) {
  const t = useTranslations("Document");
  const tEditor = useTranslations("Editor");
  const tSave = useTranslations("Editor.saveState");
  const [store] = useState(() => new EditorStore(doc.id, segments, actions.save));
  const summary = useSyncExternalStore(store.subscribe, store.getSummary, store.getSummary);
  const order = useSyncExternalStore(store.subscribe, () => store.ids(), () => store.ids());
  const numbers = useMemo(() => new Map(order.map((id, i) => [id, i + 1])), [order]);
  const { sourceView, setView, setPinyin } = useSourceView(doc.id, doc.script);
  const [filter, setFilter] = useState<SegmentFilter>("all");
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query.trim());
  const toKey = useMatchKey(query !== "");
  const queryKey = toKey && deferredQuery ? mappedString(toKey(deferredQuery)) : "";
  const [rowMarks] = useState(() => new RowMarks(store));
  const [marksGeneration, setMarksGeneration] = useState(0);
  if (rowMarks.configure(annotations, toKey, queryKey)) setMarksGeneration((n) => n + 1);
  const [isApple, setIsApple] = useState(false);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [historyOf, setHistoryOf] = useState<{ id: number; n: number; version: number } | null>(null);
  const [splitRequest, setSplitRequest] = useState<SplitRequest | null>(null);
  const [notice, setNotice] = useState("");
  const list = useRef<SegmentListHandle>(null);
  const [isMounted, setMounted] = useState(false);

  // The list is a snapshot: a paragraph that stops matching while it is worked on stays until the filter changes.
  const visible = useMemo(
    () =>
      filterRows(
        order.map((id) => ({ id, status: store.row(id)?.draft.status ?? "untranslated", hasNotes: rowMarks.hasNotes(id) })),
        filter,
        queryKey ? { key: queryKey, sourceKey: (row) => rowMarks.sourceKeyOf(row.id), target: (row) => store.row(row.id)?.draft.target ?? "" } : null,
      ).map((index) => order[index]),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- marksGeneration stands for rowMarks' inputs
    [order, filter, queryKey, store, rowMarks, marksGeneration],
  );

  const { commands, focusRow } = useEditorCommands(
    store,
    { visible, numbers, view: sourceView, isApple },
    {
      scrollToIndex: (index) => list.current?.scrollToIndex(index),
      openHelp: () => setHelpOpen(true),
      openHistory: (id) => setHistoryOf({ id, n: numbers.get(id) ?? 0, version: store.row(id)?.segment.version ?? 0 }),
      openSplit: setSplitRequest,
      join: (id) => void structure.join(id),
    },
  );

  const structure = useStructureActions({ store, actions, order, numbers, focusRow, onNotice: setNotice });

  const pendingJump = useRef<number | null>(null);
  const jump = useCallback(
    (n: number) => {
      const id = order[n - 1];
      if (id === undefined) return;
      if (!visible.includes(id)) {
        setFilter("all");
        setQuery("");
        pendingJump.current = id;
        return;
      }
      focusRow(id);
    },
    [order, visible, focusRow],
  );
  useEffect(() => {
    if (pendingJump.current === null || !visible.includes(pendingJump.current)) return;
    focusRow(pendingJump.current);
    pendingJump.current = null;
  }, [visible, focusRow]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the list and the platform are known only in the browser
    setMounted(true);
    setIsApple(/Mac|iPhone|iPad/.test(navigator.platform));
    store.resumePendingEdits();
    const onHide = () => {
      if (document.visibilityState === "hidden") void store.flushAll();
    };
    const onOnline = () => void store.flushAll();
    const onKeyDown = (event: KeyboardEvent) => {
      const element = event.target as HTMLElement | null;
      const inText = !!element?.closest("input, textarea, select, [contenteditable]");
      if (matchShortcut(event, { isApple: false, inText }) !== "help" || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      setHelpOpen(true);
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("online", onOnline);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("keydown", onKeyDown);
      // Leaving the page within the app: send what is still waiting for its pause.
      void store.flushAll();
    };
  }, [store]);

  // Closing the tab asks first only when an unsent text could not be kept in the browser.
  const isAtRisk = summary.saveState !== "saved" && !summary.isPersisted;
  useEffect(() => {
    if (!isAtRisk) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [isAtRisk]);

  const troubled = summary.saveState === "conflict" || summary.saveState === "failed";
  return (
    <div className="editor">
      <header className="editor-header">
        <div className="editor-title-row">
          <h1 lang={doc.sourceLang}>{doc.title}</h1>
          <ProgressMeter percent={summary.progress.percent} label={t("progressLabel")} text={t("progress", summary.progress)} />
          <span role="status" className={`save-state save-${summary.saveState}`}>
            {tSave(summary.saveState)}
          </span>
          {troubled && (
            <button type="button" className="link-button" onClick={() => store.troubled()[0] !== undefined && jump(numbers.get(store.troubled()[0]) ?? 1)}>
              {tEditor("showTrouble")}
            </button>
          )}
        </div>
        <EditorToolbar
          total={order.length}
          shown={visible.length}
          filter={filter}
          query={query}
          view={sourceView}
          onFilter={setFilter}
          onQuery={setQuery}
          onJump={jump}
          onView={setView}
          onPinyin={setPinyin}
          onShortcuts={() => setHelpOpen(true)}
          exportMenu={exportMenu}
        />
      </header>
      <p className="document-details">
        {t("paragraphs", { count: order.length })} · {t("script", { script: doc.script })}
        {details}
      </p>
      <p className="editor-notice" aria-live="polite">
        {notice}
      </p>
      <div className="segment-grid">
        <div className="segment-grid-head" aria-hidden="true">
          <span />
          <span>{t("sourceHeading")}</span>
          <span>{t("targetHeading")}</span>
        </div>
        {isMounted && (
          <SegmentList
            ids={visible}
            handle={list}
            renderRow={(id) => (
              <SegmentRow
                store={store}
                id={id}
                n={numbers.get(id) ?? 0}
                isLast={id === order[order.length - 1]}
                sourceLang={doc.sourceLang}
                view={sourceView}
                marks={rowMarks.marksOf(id)}
                commands={commands}
              />
            )}
          />
        )}
      </div>
      <ShortcutsDialog open={isHelpOpen} isApple={isApple} onClose={() => setHelpOpen(false)} />
      <HistoryDialog
        segment={historyOf}
        findRevisions={actions.findRevisions}
        onRestore={(id, revisionId) => {
          setHistoryOf(null);
          void structure.restore(id, revisionId);
        }}
        onClose={() => setHistoryOf(null)}
      />
      <SplitDialog
        request={splitRequest}
        onSplit={(id, at, targetAt) => void structure.split(id, at, targetAt).then((isDone) => isDone && setSplitRequest(null))}
        onClose={() => setSplitRequest(null)}
      />
    </div>
  );
}
