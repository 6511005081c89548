"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useTranslations } from "next-intl";
import type { ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import type { AnnotationMark, DocumentMeta, Segment, Term } from "@/lib/core/model";
import type { QaIgnoreMark } from "@/lib/core/qa/qa-ignore";
import { useHearTogether } from "@/components/together/together-layer";
import { settleActions } from "@/components/ui/settle-action";
import { useNarrow } from "@/components/ui/use-narrow";
import { ConversionLegend } from "./conversion-legend";
import type { EditorActions } from "./editor-actions";
import { EditorDialogs } from "./editor-dialogs";
import { EditorHeader } from "./editor-header";
import { EditorPanels } from "./editor-panels";
import { editorReads } from "./editor-reads";
import { EditorStore } from "./editor-store";
import { EditorToolbar } from "./editor-toolbar";
import { MarksStore } from "./marks-store";
import { MemoryMatches } from "./memory-matches";
import { MemoryPanel } from "./memory-panel";
import { MtSuggestions } from "./mt-suggestions";
import { insertMachineTranslation, insertShownMatch } from "./row-commands";
import { SegmentGrid } from "./segment-grid";
import type { SegmentListHandle } from "./segment-list";
import { useAnnotations } from "./use-annotations";
import { useConversionChoices } from "./use-conversion-choices";
import { useConversionReview } from "./use-conversion-review";
import { useEditorLifecycle } from "./use-editor-lifecycle";
import { useEditorOpeners } from "./use-editor-openers";
import { useFocusRow } from "./use-focus-row";
import { useJump } from "./use-jump";
import { useKeepAboveDock } from "./use-keep-above-dock";
import { EditorNotice } from "./editor-notice";
import { useNotice } from "./use-notice";
import { useBatchUndo } from "./use-batch-undo";
import { useMtDraft } from "./use-mt-draft";
import { usePreTranslate } from "./use-pre-translate";
import { useQa } from "./use-qa";
import { useRefreshOnFocus } from "./use-refresh-on-focus";
import { LiveBar } from "./live-bar";
import { LiveContext } from "./live-context";
import { LiveStore, newClientId } from "./live-store";
import { useLive } from "./use-live";
import { ReplaceDialog } from "./replace-dialog";
import { useReplace } from "./use-replace";
import { useRowCommands } from "./use-row-commands";
import { useRowFilter } from "./use-row-filter";
import { useSourceView } from "./use-source-view";
import { useStructureActions } from "./use-structure-actions";
import { BatchToolButtons } from "./batch-tool-buttons";
import { shortcutKeys } from "./shortcut-keys";
import { StatusDialog } from "./status-dialog";
import { RowSelection } from "./row-selection";
import { useLocking } from "./use-locking";
import { useEditorPermissions } from "./editor-permissions";
import { useRepetitions } from "./use-repetitions";
import { useStatusChange } from "./use-status-change";

type Props = {
  document: DocumentMeta;
  segments: Segment[];
  /** The paragraphs after `segments` when only the first screen's came with the page: they follow in the same response. */
  rest?: Promise<Segment[]>;
  annotations: AnnotationMark[];
  terms: Term[];
  /** The document's conversion review choices, applied in every view. */
  overrides?: ConversionOverride[];
  /** QA warnings the translator ignored, per paragraph. */
  qaIgnores: QaIgnoreMark[];
  actions: EditorActions;
  /** Shown under the title, e.g. where the text came from. */
  details?: ReactNode;
  /** The export menu, shown in the toolbar. */
  exportMenu?: ReactNode;
  /** A machine translation provider is set up: the dock shows its suggestion for the focused paragraph. */
  isMtConfigured?: boolean;
};

/** The side-by-side editor: composes the stores, the hooks that act on them, and the parts of the page. */
export function DocumentEditor({ document: doc, segments, rest, annotations: initialAnnotations, terms, overrides = [], qaIgnores, actions: serverActions, details, exportMenu, isMtConfigured = false }: Props) {
  const t = useTranslations("Document");
  const tReview = useTranslations("ConversionReview");
  // The saver tells a failed request (offline: kept and resent) from an answer, so it gets the actions as they are.
  const { canEdit } = useEditorPermissions();
  const [store] = useState(() => new EditorStore(doc.id, segments, { save: serverActions.save, keepRefused: serverActions.keepRefused }, { isComplete: !rest, isReadOnly: !canEdit }));
  const isComplete = useSyncExternalStore(store.subscribe, store.getIsComplete, store.getIsComplete);
  const [isRestFailed, setRestFailed] = useState(false);
  useEffect(() => {
    rest?.then(
      (more) => store.append(more),
      () => setRestFailed(true),
    );
  }, [rest, store]);
  const [actions] = useState(() => settleActions(serverActions));
  const [marks] = useState(() => new MarksStore(store, initialAnnotations, terms));
  const [live] = useState(() => new LiveStore(newClientId()));
  const [matches] = useState(() => new MemoryMatches(doc.id, store, editorReads.findMatches));
  const [mt] = useState(() => new MtSuggestions(doc.id, store, isMtConfigured));
  const summary = useSyncExternalStore(store.subscribe, store.getSummary, store.getSummary);
  const order = useSyncExternalStore(store.subscribe, () => store.ids(), () => store.ids());
  const matchesState = useSyncExternalStore(matches.subscribe, matches.getSnapshot, matches.getSnapshot);
  const mtState = useSyncExternalStore(mt.subscribe, mt.getSnapshot, mt.getSnapshot);
  const list = useRef<SegmentListHandle>(null);
  const notice = useNotice();
  const openers = useEditorOpeners();
  const isNarrow = useNarrow();
  // A phone folds the toolbar into one menu and keeps the memory dock to one line until asked.
  const [isToolsOpen, setToolsOpen] = useState(false);
  const [isDockOpen, setDockOpen] = useState(true);
  const [isHandleOpen, setHandleOpen] = useState(false);

  const { sourceView, setView, setPinyin, setToneColours } = useSourceView(doc.id, doc.script);
  const review = useConversionReview({ script: doc.script, sourceView, initialOverrides: overrides, store, marks });
  const rows = useRowFilter(store, marks, order);
  const { focusRow, takeFocus } = useFocusRow(store, rows.visible, list);
  const closeTools = useCallback(() => flushSync(() => setToolsOpen(false)), []);
  const jumpTo = useJump({ visible: rows.visible, focusRow, showAll: rows.showAll, beforeJump: closeTools });
  const annotations = useAnnotations({ documentId: doc.id, store, marks, actions, notice });
  const choices = useConversionChoices({ documentId: doc.id, store, review, sourceView, actions, notice });
  const batch = useBatchUndo({ documentId: doc.id, store, actions, notice });
  const replace = useReplace({ documentId: doc.id, store, batch, replaceInDocument: actions.replaceInDocument, filter: rows.filter, filterQuery: rows.query });
  const preTranslate = usePreTranslate({ documentId: doc.id, store, actions, notice, batch });
  const locking = useLocking({ documentId: doc.id, store, actions, notice, batch });
  const repetitions = useRepetitions({ documentId: doc.id, store, actions, notice, batch });
  const statusChange = useStatusChange({ documentId: doc.id, store, actions, notice, batch });
  const [selection] = useState(() => new RowSelection());
  const selectedCount = useSyncExternalStore(selection.subscribe, selection.getSize, selection.getSize);
  const mtDraft = useMtDraft({ documentId: doc.id, store });
  // A batch draft covers the paragraphs the filter shows, or the whole document.
  const draftIds = rows.visible.length < order.length ? rows.visible : undefined;
  const structure = useStructureActions({ store, actions, focusRow, notice });
  const qa = useQa({ store, marks, ignores: qaIgnores, setIgnored: actions.setQaIgnored, order, summary, onFailure: notice.sayError });
  const { isMounted, isApple } = useEditorLifecycle({ store, matches, mt, summary, focusRow, onHelp: openers.openHelp, onToggleReview: review.toggle, onReplace: canEdit ? replace.open : () => undefined });
  const commands = useRowCommands({
    store,
    marks,
    matches,
    mt,
    visible: rows.visible,
    view: review.view,
    isApple,
    focusRow,
    takeFocus,
    selection,
    openers: { ...openers, lookup: openers.lookupWord, join: structure.join, annotate: annotations.annotate, toggleLock: locking.toggle, confirmed: repetitions.confirmed, fillRepetitions: repetitions.fill },
  });
  useRefreshOnFocus(store, doc.id);
  const hearTogether = useHearTogether();
  useLive(store, live, doc.id, actions.reportPresence, hearTogether);
  useKeepAboveDock(".memory-dock");

  const numberOf = (id: number) => store.numberOf(id);
  const toolbar = (
    <EditorToolbar
      total={order.length}
      shown={rows.visible.length}
      filter={rows.filter}
      query={rows.query}
      view={sourceView}
      onFilter={rows.setFilter}
      onQuery={rows.setQuery}
      onJump={(n) => order[n - 1] !== undefined && jumpTo(order[n - 1])}
      onView={setView}
      onPinyin={setPinyin}
      onToneColours={setToneColours}
      onShortcuts={openers.openHelp}
      exportMenu={exportMenu}
      reviewToggle={
        <button type="button" className="button" aria-pressed={review.isOn} aria-keyshortcuts="Control+Shift+L" onClick={review.toggle}>
          {tReview("toggle")}
        </button>
      }
    />
  );
  const documentDetails = (
    <p className="document-details">
      {t("paragraphs", { count: order.length })} · {t("script", { script: doc.script })}
      {!isComplete && !isRestFailed && (
        <span className="document-loading-rest" aria-live="polite">
          {" · "}
          {t("loadingRest")}
        </span>
      )}
      {details}
    </p>
  );
  const panels = (
    <EditorPanels
      openers={openers}
      annotations={annotations}
      qa={qa}
      review={review}
      choices={choices}
      numberOf={numberOf}
      onJump={jumpTo}
      onPreTranslate={preTranslate.open}
      onDraftMt={() => void mtDraft.open(draftIds)}
      onReplace={replace.open}
      isApple={isApple}
      batchTools={<BatchToolButtons isLocking={locking.isPending} selected={selectedCount} onChangeStatus={statusChange.open} onLockAll={() => void locking.lockAllReviewed()} onClearSelection={() => selection.clear()} />}
    />
  );
  return (
    <LiveContext value={live}>
    <div className="editor">
      <EditorHeader
        document={doc}
        summary={summary}
        isNarrow={isNarrow}
        isToolsOpen={isToolsOpen}
        onToolsOpenChange={setToolsOpen}
        toolbar={toolbar}
        details={documentDetails}
        panels={panels}
        onShowTrouble={() => store.troubled()[0] !== undefined && jumpTo(store.troubled()[0])}
      />
      {!isNarrow && documentDetails}
      <LiveBar live={live} />
      {isRestFailed && (
        <p className="error" role="alert">
          {t("restFailed")}
        </p>
      )}
      <EditorNotice notice={notice.notice} batch={batch} repetitions={repetitions} fillKeys={shortcutKeys("fillRepetitions", isApple)} />
      {!isNarrow && panels}
      {review.isOn && <ConversionLegend isLoading={review.isLoading} />}
      <SegmentGrid
        store={store}
        marks={marks}
        qa={qa.qa}
        commands={commands}
        visible={rows.visible}
        lastId={order[order.length - 1]}
        sourceLang={doc.sourceLang}
        view={review.view}
        isMounted={isMounted}
        list={list}
        openFinding={choices.openFinding}
        openAnnotation={annotations.openMark}
      />
      <MemoryPanel
        state={matchesState}
        isApple={isApple}
        isCompact={isNarrow}
        isOpen={isNarrow ? isHandleOpen : isDockOpen}
        onToggle={() => (isNarrow ? setHandleOpen(!isHandleOpen) : setDockOpen(!isDockOpen))}
        onInsert={(index) => matchesState.kind === "ready" && insertShownMatch(store, matches, matchesState.segmentId, index)}
        mt={mtState}
        onInsertMt={() => mtState.kind === "ready" && insertMachineTranslation(store, mt, mtState.segmentId)}
        onCancelMt={mt.cancel}
        onRetryMt={mt.retry}
      />
      <ReplaceDialog
        replace={replace}
        store={store}
        marks={marks}
        order={order}
        visible={rows.visible}
        onJump={(id) => {
          flushSync(replace.close);
          jumpTo(id);
        }}
      />
      <StatusDialog change={statusChange} store={store} shown={rows.visible} selected={statusChange.isOpen ? selection.ids(order) : []} isFiltered={rows.visible.length < order.length} />
      <EditorDialogs openers={openers} annotations={annotations} choices={choices} preTranslate={preTranslate} structure={structure} isApple={isApple} mtDraft={mtDraft} draftIds={draftIds} numberOf={numberOf} />
    </div>
    </LiveContext>
  );
}
