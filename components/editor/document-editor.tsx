"use client";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { MemoryPanel } from "./memory-panel";
import { useMemoryMatches } from "./use-memory-matches";
import type { ConversionFinding, ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import { mappedString } from "@/lib/core/convert/mapped-text";
import { filterRows, type SegmentFilter } from "@/lib/core/editor/segment-filter";
import { matchShortcut } from "@/lib/core/editor/shortcuts";
import type { AnnotationInput, AnnotationMark, DocumentMeta, Segment, Term } from "@/lib/core/model";
import { AnnotateDialog, type AnnotateRequest } from "./annotate-dialog";
import { AnnotationsPanel } from "./annotations-panel";
import { ConversionOverridesPanel } from "./conversion-overrides-panel";
import { ConversionReviewDialog, type ConversionRequest, type ConversionScope } from "./conversion-review-dialog";
import { useConversionReview } from "./use-conversion-review";
import { QaPanel } from "./qa-panel";
import { WordLookup, type WordLookupState } from "./word-lookup";
import { ProgressMeter } from "@/components/ui/progress-meter";
import { settleActions } from "@/components/ui/settle-action";
import { EditorStore } from "./editor-store";
import { EditorToolbar } from "./editor-toolbar";
import { HistoryDialog } from "./history-dialog";
import { SegmentList, type SegmentListHandle } from "./segment-list";
import { SegmentRow } from "./segment-row";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { ToolsMenu } from "./tools-menu";
import { useNarrow } from "@/components/ui/use-narrow";
import { SplitDialog, type SplitRequest } from "./split-dialog";
import { useEditorCommands } from "./use-editor-commands";
import { RowMarks } from "./row-marks";
import { useMatchKey, useSourceView } from "./use-source-view";
import { useRefreshOnFocus } from "./use-refresh-on-focus";
import { useKeepAboveDock } from "./use-keep-above-dock";
import { useStructureActions } from "./use-structure-actions";
import { useQa } from "./use-qa";
import type { QaIgnoreMark } from "@/lib/core/qa/qa-ignore";
import type { EditorActions } from "./editor-actions";
import { editorReads } from "./editor-reads";


type Props = {
  document: DocumentMeta;
  segments: Segment[];
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
};

export function DocumentEditor({ document: doc, segments, annotations: initialAnnotations, terms: initialTerms, overrides = [], qaIgnores, actions: serverActions, details, exportMenu }: Props) {
  const t = useTranslations("Document");
  const tEditor = useTranslations("Editor");
  const tSave = useTranslations("Editor.saveState");
  // The saver tells a failed request (offline: kept and resent) from an answer, so it gets the actions as they are.
  const [store] = useState(() => new EditorStore(doc.id, segments, { save: serverActions.save, keepRefused: serverActions.keepRefused }));
  const [actions] = useState(() => settleActions(serverActions));
  const summary = useSyncExternalStore(store.subscribe, store.getSummary, store.getSummary);
  const order = useSyncExternalStore(store.subscribe, () => store.ids(), () => store.ids());
  const numbers = useMemo(() => new Map(order.map((id, i) => [id, i + 1])), [order]);
  const { sourceView, setView, setPinyin } = useSourceView(doc.id, doc.script);
  const review = useConversionReview({ script: doc.script, sourceView, initialOverrides: overrides, store });
  const tReview = useTranslations("ConversionReview");
  const [conversionRequest, setConversionRequest] = useState<ConversionRequest | null>(null);
  const [filter, setFilter] = useState<SegmentFilter>("all");
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query.trim());
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [terms, setTerms] = useState(initialTerms);
  const toKey = useMatchKey(query !== "" || terms.length > 0);
  const queryKey = toKey && deferredQuery ? mappedString(toKey(deferredQuery)) : "";
  const [rowMarks] = useState(() => new RowMarks(store));
  const [marksGeneration, setMarksGeneration] = useState(0);
  if (rowMarks.configure(annotations, toKey, queryKey, terms)) setMarksGeneration((n) => n + 1);
  const tAnnotations = useTranslations("Annotations");
  const tQa = useTranslations("Qa");
  const tErrors = useTranslations("Errors");
  const [annotateRequest, setAnnotateRequest] = useState<AnnotateRequest | null>(null);
  const [lookup, setLookup] = useState<WordLookupState | null>(null);
  const lookupAsked = useRef(0);
  const [panel, setPanel] = useState<"annotations" | "qa" | "conversion" | null>(null);
  const [qaFocus, setQaFocus] = useState<number | null>(null);
  const [isApple, setIsApple] = useState(false);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [historyOf, setHistoryOf] = useState<{ id: number; n: number; version: number } | null>(null);
  const [splitRequest, setSplitRequest] = useState<SplitRequest | null>(null);
  const [notice, setNotice] = useState("");
  const list = useRef<SegmentListHandle>(null);
  const [isMounted, setMounted] = useState(false);
  const tMemory = useTranslations("Memory");
  const [isMemoryOpen, setMemoryOpen] = useState(true);
  // A phone folds the toolbar into one menu and keeps the memory dock to one line until asked.
  const isNarrow = useNarrow();
  const [isToolsOpen, setToolsOpen] = useState(false);
  const [isHandleOpen, setHandleOpen] = useState(false);
  const [isPreTranslateOpen, setPreTranslateOpen] = useState(false);
  const [isPreTranslating, setPreTranslating] = useState(false);
  const memory = useMemoryMatches({
    documentId: doc.id,
    find: editorReads.findMatches,
    numberOf: (id) => numbers.get(id) ?? 0,
    sourceOf: (id) => store.row(id)?.segment.source ?? "",
    describeError: (result) => tErrors(result.code, result.params),
  });
  const shownMatches = memory.state.kind === "ready" ? { segmentId: memory.state.segmentId, matches: memory.state.matches } : null;

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

  const { commands, focusRow, glossaryIssuesOf, insertMatch } = useEditorCommands(
    store,
    { rowMarks, visible, numbers, view: review.view, isApple, matches: shownMatches },
    {
      scrollToIndex: (index) => list.current?.scrollToIndex(index),
      openHelp: () => setHelpOpen(true),
      openHistory: (id) => setHistoryOf({ id, n: numbers.get(id) ?? 0, version: store.row(id)?.segment.version ?? 0 }),
      openSplit: setSplitRequest,
      join: (id) => void structure.join(id),
      annotate: ({ segmentId, n, start, end, text }) => setAnnotateRequest({ kind: "new", segmentId, n, start, end, text, initial: null }),
      lookup: (text, point) => {
        const asked = ++lookupAsked.current;
        void editorReads.lookupWord({ text }).then((result) => {
          if (asked === lookupAsked.current && result.ok && result.data) setLookup({ match: result.data, ...point });
        });
      },
      closeLookup: () => {
        lookupAsked.current++;
        setLookup(null);
      },
      openQa: (id) => {
        setPanel("qa");
        setQaFocus(id);
      },
      focused: memory.focused,
    },
  );

  const saveAnnotation = async (request: AnnotateRequest, fields: AnnotationInput, addToGlossary: boolean): Promise<boolean> => {
    const result =
      request.kind === "new"
        ? await actions.createAnnotation({ segmentId: request.segmentId, start: request.start, end: request.end, ...fields })
        : await actions.updateAnnotation({ id: request.id, ...fields });
    if (!result.ok) {
      setNotice(tErrors(result.code, result.params));
      return false;
    }
    setAnnotations(result.data);
    if (addToGlossary && fields.gloss.trim()) {
      const added = await actions.addTerm({ documentId: doc.id, source: request.text, target: fields.gloss.trim(), note: fields.note, usage: "preferred" });
      if (added.ok) setTerms(added.data);
    }
    setAnnotateRequest(null);
    window.getSelection()?.removeAllRanges();
    return true;
  };

  const deleteAnnotation = async (annotation: AnnotationMark) => {
    const result = await actions.deleteAnnotation({ id: annotation.id });
    if (result.ok) setAnnotations(result.data);
    else setNotice(tErrors(result.code, result.params));
  };

  const onQaFailure = useCallback((result: { code: Parameters<typeof tErrors>[0]; params?: Record<string, string | number> }) => setNotice(tErrors(result.code, result.params)), [tErrors]);
  const qa = useQa({ store, ignores: qaIgnores, setIgnored: actions.setQaIgnored, glossaryIssuesOf, marksGeneration, order, numbers, summary, onFailure: onQaFailure });

  const describeMark = useCallback(
    (finding: ConversionFinding) => tReview("markLabel", { kind: finding.kind, chosen: finding.overrideId ? "yes" : "no" }),
    [tReview],
  );

  // A finding's mark opens its choices on a click or Enter; one listener for all rows.
  const openFinding = (element: HTMLElement) => {
    const mark = element.closest<HTMLElement>("[data-conversion]");
    const row = mark?.closest<HTMLElement>("[data-segment-id]");
    if (!mark || !row || !review.cache) return false;
    const segmentId = Number(row.dataset.segmentId);
    const finding = review.cache.reviewed(segmentId, store.row(segmentId)?.segment.source ?? "").findings[Number(mark.dataset.conversion)];
    if (!finding) return false;
    const count = review.countLike(finding);
    setConversionRequest({ segmentId, n: numbers.get(segmentId) ?? 0, finding, count });
    return true;
  };

  // An annotation's mark, reached with Tab, opens it for editing on Enter.
  const openAnnotation = (element: HTMLElement) => {
    const annotation = annotations.find((a) => a.id === Number(element.dataset.annotationId));
    if (!annotation) return false;
    setAnnotateRequest({ kind: "edit", id: annotation.id, n: numbers.get(annotation.segmentId) ?? 0, text: annotation.quote, initial: annotation });
    return true;
  };

  const applyChoice = async (request: ConversionRequest, text: string, scope: ConversionScope) => {
    const { finding, segmentId } = request;
    const script = finding.kind === "leftover" ? "original" : sourceView.view === "hans" ? "hans" : "hant";
    const result = await actions.createConversionOverride({
      documentId: doc.id,
      segmentId: scope === "one" ? segmentId : null,
      start: scope === "one" ? finding.start : null,
      from: finding.source ?? finding.shown,
      to: text,
      script,
    });
    if (!result.ok) return setNotice(tErrors(result.code, result.params));
    review.setOverrides(result.data);
    setConversionRequest(null);
    setNotice(tReview("applied", { from: finding.source ?? finding.shown, to: text, count: scope === "one" ? 1 : request.count }));
  };

  const removeOverride = async (id: number) => {
    const result = await actions.deleteConversionOverride({ id, documentId: doc.id });
    if (!result.ok) return setNotice(tErrors(result.code, result.params));
    review.setOverrides(result.data);
    setConversionRequest(null);
    setNotice(tReview("removed"));
  };

  useRefreshOnFocus(store, doc.id);
  useKeepAboveDock(".memory-dock");
  const structure = useStructureActions({ store, actions, order, numbers, focusRow, onNotice: setNotice });

  const toggleReview = useRef(() => {});
  useEffect(() => {
    toggleReview.current = () => review.setOn(!review.isOn);
  });

  const pendingJump = useRef<number | null>(null);
  const jump = useCallback(
    (n: number) => {
      const id = order[n - 1];
      if (id === undefined) return;
      // The Tools menu closes before the list scrolls, so the scroll lands on a settled page.
      flushSync(() => setToolsOpen(false));
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
  // A link from a memory match or a concordance hit: /documents/ID?segment=SEGMENT_ID opens at that paragraph.
  const linkedSegment = Number(useSearchParams().get("segment"));
  useEffect(() => {
    if (isMounted && linkedSegment) focusRow(linkedSegment);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the link changes, not on every edit
  }, [isMounted, linkedSegment]);

  const runPreTranslate = async () => {
    setPreTranslating(true);
    await store.flushAll();
    const result = await actions.preTranslate({ documentId: doc.id });
    setPreTranslating(false);
    setPreTranslateOpen(false);
    if (!result.ok) return setNotice(tErrors(result.code, result.params));
    for (const segment of result.data.filled) store.adopt(segment);
    setNotice(tMemory("preTranslated", { count: result.data.filled.length }));
  };

  useEffect(() => {
    if (pendingJump.current === null || !visible.includes(pendingJump.current)) return;
    focusRow(pendingJump.current);
    pendingJump.current = null;
  }, [visible, focusRow]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the list and the platform are known only in the browser
    setMounted(true);
    setIsApple(/Mac|iPhone|iPad/.test(navigator.platform));
    const close = store.open();
    const onHide = () => {
      if (document.visibilityState === "hidden") void store.flushAll();
    };
    const onOnline = () => void store.flushAll();
    const onKeyDown = (event: KeyboardEvent) => {
      const element = event.target as HTMLElement | null;
      const inText = !!element?.closest("input, textarea, select, [contenteditable]");
      const shortcut = matchShortcut(event, { isApple: /Mac|iPhone|iPad/.test(navigator.platform), inText });
      if ((shortcut !== "help" && shortcut !== "reviewConversion") || document.querySelector("dialog[open]")) return;
      event.preventDefault();
      if (shortcut === "help") setHelpOpen(true);
      else toggleReview.current();
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
      close();
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
  const toolbar = (
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
      reviewToggle={
        <button type="button" className="button" aria-pressed={review.isOn} aria-keyshortcuts="Control+Shift+L" onClick={() => review.setOn(!review.isOn)}>
          {tReview("toggle")}
        </button>
      }
    />
  );
  const documentDetails = (
    <p className="document-details">
      {t("paragraphs", { count: order.length })} · {t("script", { script: doc.script })}
      {details}
    </p>
  );
  // The panel buttons and the open panel: under the toolbar on a wide window, in the Tools menu on a phone.
  const tools = (
    <>
      <div className="editor-panels" role="group" aria-label={tAnnotations("panelsLabel")}>
        <button type="button" className="button" aria-pressed={panel === "annotations"} onClick={() => setPanel(panel === "annotations" ? null : "annotations")}>
          {tAnnotations("panelButton", { count: annotations.length })}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={panel === "qa"}
          onClick={() => {
            setQaFocus(null);
            setPanel(panel === "qa" ? null : "qa");
          }}
        >
          {tQa("panelButton", { count: qa.count })}
        </button>
        <button type="button" className="button" aria-pressed={panel === "conversion"} onClick={() => setPanel(panel === "conversion" ? null : "conversion")}>
          {tReview("panelButton", { count: review.overrides.length })}
        </button>
        <button type="button" className="button" onClick={() => setPreTranslateOpen(true)}>
          {tMemory("preTranslate")}
        </button>
        <span className="hint">{tAnnotations("selectHint")}</span>
      </div>
      {panel === "annotations" && (
        <AnnotationsPanel
          annotations={annotations}
          numberOf={(id) => numbers.get(id) ?? 0}
          onJump={(id) => jump(numbers.get(id) ?? 1)}
          onEdit={(a) => setAnnotateRequest({ kind: "edit", id: a.id, n: numbers.get(a.segmentId) ?? 0, text: a.quote, initial: a })}
          onDelete={(a) => void deleteAnnotation(a)}
        />
      )}
      {panel === "qa" && (
        <QaPanel
          paragraphs={qa.paragraphs}
          focusId={qaFocus}
          isRunning={qa.isRunning}
          staleness={qa.staleness}
          onRun={qa.run}
          onJump={(id) => jump(numbers.get(id) ?? 1)}
          onIgnore={(id, key, isIgnored) => void qa.ignore(id, key, isIgnored)}
        />
      )}
      {panel === "conversion" && (
        <ConversionOverridesPanel
          overrides={review.overrides}
          numberOf={(id) => numbers.get(id) ?? 0}
          onJump={(id) => jump(numbers.get(id) ?? 1)}
          onRemove={(id) => void removeOverride(id)}
        />
      )}
    </>
  );
  return (
    <div className="editor">
      <header className="editor-header">
        <div className="editor-title-row">
          <h1 lang={doc.sourceLang}>{doc.title}</h1>
          {isNarrow && (
            <ToolsMenu isOpen={isToolsOpen} onOpenChange={setToolsOpen}>
              {documentDetails}
              {toolbar}
              {tools}
            </ToolsMenu>
          )}
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
        {!isNarrow && toolbar}
      </header>
      {!isNarrow && documentDetails}
      <p className="editor-notice" aria-live="polite">
        {notice}
      </p>
      {!isNarrow && tools}
      {review.isOn && (
        <p className="conversion-legend" aria-live="polite">
          {review.isLoading ? (
            tReview("loading")
          ) : (
            <>
              <span className="legend-item legend-ambiguous">{tReview("legendAmbiguous")}</span>
              <span className="legend-item legend-leftover">{tReview("legendLeftover")}</span>
              <span className="legend-item legend-chosen">{tReview("legendChosen")}</span>
              <span className="hint">{tReview("legendHint")}</span>
            </>
          )}
        </p>
      )}
      <div
        className="segment-grid"
        onClick={(event) => {
          if (window.getSelection()?.isCollapsed !== false && openFinding(event.target as HTMLElement)) event.preventDefault();
        }}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          const target = event.target as HTMLElement;
          if ((target.matches("[data-conversion]") && openFinding(target)) || (target.matches("[data-annotation-id]") && openAnnotation(target))) {
            event.preventDefault();
            event.stopPropagation();
          }
        }}
      >
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
                view={review.view}
                marks={review.cache ? review.cache.marksOf(id, store.row(id)?.segment.source ?? "", rowMarks.marksOf(id), describeMark) : rowMarks.marksOf(id)}
                commands={commands}
                qa={qa.qa}
              />
            )}
          />
        )}
      </div>
      <MemoryPanel
        state={memory.state}
        isApple={isApple}
        isCompact={isNarrow}
        isOpen={isNarrow ? isHandleOpen : isMemoryOpen}
        onToggle={() => (isNarrow ? setHandleOpen(!isHandleOpen) : setMemoryOpen(!isMemoryOpen))} onInsert={(index) => memory.state.kind === "ready" && insertMatch(memory.state.segmentId, index)} />
      <ConfirmDialog
        open={isPreTranslateOpen}
        title={tMemory("preTranslateTitle")}
        confirmLabel={tMemory("preTranslateConfirm")}
        cancelLabel={tMemory("cancel")}
        isPending={isPreTranslating}
        onConfirm={() => void runPreTranslate()}
        onCancel={() => setPreTranslateOpen(false)}
      >
        <p>{tMemory("preTranslateBody")}</p>
      </ConfirmDialog>
      <AnnotateDialog request={annotateRequest} describe={editorReads.describeText} onSave={saveAnnotation} onClose={() => setAnnotateRequest(null)} />
      <WordLookup state={lookup} onClose={() => setLookup(null)} />
      <ConversionReviewDialog
        request={conversionRequest}
        describe={editorReads.describeConversionOptions}
        onApply={applyChoice}
        onRemove={removeOverride}
        onClose={() => setConversionRequest(null)}
      />
      <ShortcutsDialog open={isHelpOpen} isApple={isApple} onClose={() => setHelpOpen(false)} />
      <HistoryDialog
        segment={historyOf}
        findRevisions={editorReads.findRevisions}
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
