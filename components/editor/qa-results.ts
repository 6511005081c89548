import { checkDocument } from "@/lib/core/qa/check-document";
import { checkParagraph } from "@/lib/core/qa/check-paragraph";
import { ignoreId, type QaIgnoreMark } from "@/lib/core/qa/qa-ignore";
import type { QaFinding } from "@/lib/core/qa/qa-types";
import { rankFindings } from "@/lib/core/qa/rank-findings";
import { glossaryFinding } from "@/lib/core/qa/glossary-finding";
import type { EditorStore, RowState } from "./editor-store";
import type { MarksStore } from "./marks-store";
import { Listeners } from "./listeners";
import { GarbledSources, type SourceCheck } from "./garbled-sources";

export type ShownFinding = QaFinding & { isIgnored: boolean };
type IgnoreHandler = (segmentId: number, key: string, isIgnored: boolean) => void;

/** What the warnings are at one moment: a new object whenever any of them may have changed. */
export type QaSnapshot = {
  findingsOf: (id: number) => readonly ShownFinding[];
  lastRunMs: number | null;
  /** True when a paragraph saved a text the last whole-document run did not see. */
  isStale: () => boolean;
};

const NONE: readonly ShownFinding[] = [];
/** How long the translator must stop typing before a paragraph is checked again. */
export const QA_PAUSE_MS = 800;

/**
 * The QA warnings the editor shows, outside React like the store. A paragraph being typed keeps the
 * warnings of its text before the typing (so a half-typed draft flags nothing) until the translator
 * pauses (QA_PAUSE_MS) or leaves the box; then its own checks run at once (checkParagraph, a few ms),
 * most important first (rankFindings), the glossary through the marks store, and the checks that compare
 * paragraphs (length, consistency) from the last whole-document run, kept only while the text is
 * the one that run saw. Ignored warnings are flagged, not dropped, so the panel can un-ignore them.
 * Garbled source text is found by GarbledSources, in the background.
 */
export class QaResults {
  private typing = new Map<number, { before: string; timer: ReturnType<typeof setTimeout> }>();
  private own = new Map<number, { target: string; source: string; status: string; findings: QaFinding[] }>();
  private shown = new Map<number, { row: RowState; version: number; findings: readonly ShownFinding[] }>();
  private documentRun: { findings: Map<number, QaFinding[]>; targets: Map<number, string>; ms: number } | null = null;
  private ignored: Set<string>;
  private garbled = new GarbledSources();
  private ignoreHandler: IgnoreHandler = () => {};
  private listeners = new Listeners();
  private version = 0;
  private snapshot: QaSnapshot;

  constructor(
    private readonly store: EditorStore,
    private readonly marks: MarksStore,
    ignores: readonly QaIgnoreMark[],
  ) {
    this.ignored = new Set(ignores.map((mark) => ignoreId(mark.segmentId, mark.key)));
    this.snapshot = this.takeSnapshot();
  }

  /**
   * Follows what the warnings read: the glossary marks, and texts changed other than by typing here
   * (a status chosen, an undo, a pre-translation, a text saved in another tab). Returns the way to stop.
   */
  connect(): () => void {
    const stopMarks = this.marks.subscribe(() => this.changed());
    const stopContent = this.store.subscribeContent((id) => this.typing.has(id) || this.changed());
    return () => {
      stopMarks();
      stopContent();
    };
  }

  getSnapshot = (): QaSnapshot => this.snapshot;

  subscribe = this.listeners.subscribe;

  /** The translator is typing in a paragraph (call before the edit): its check waits for a pause. */
  typed(id: number): void {
    const typing = this.typing.get(id);
    if (typing) clearTimeout(typing.timer);
    const before = typing?.before ?? this.settledTarget(id);
    this.typing.set(id, { before, timer: setTimeout(() => this.settle(id), QA_PAUSE_MS) });
  }

  /** The translator paused or left the paragraph: check its current text. */
  settle(id: number): void {
    const typing = this.typing.get(id);
    if (!typing) return;
    clearTimeout(typing.timer);
    this.typing.delete(id);
    this.changed();
  }

  /** The text a paragraph's warnings are about: its text before the typing still under way, else its current text. */
  settledTarget(id: number, row: RowState | undefined = this.store.row(id)): string {
    if (!row) return "";
    return this.typing.get(id)?.before ?? row.draft.target;
  }

  /** Every warning of a paragraph, ignored ones flagged. */
  findingsOf(id: number, row: RowState | undefined = this.store.row(id)): readonly ShownFinding[] {
    if (!row) return NONE;
    const target = this.settledTarget(id, row);
    const cached = this.shown.get(id);
    if (cached && cached.row === row && cached.version === this.version) return cached.findings;
    const run = this.documentRun;
    const compared = run && run.targets.get(id) === target ? (run.findings.get(id) ?? []) : [];
    const garbled = this.garbled.of(id, row.segment.source, this.garbled.isSwept);
    const all = rankFindings([...this.ownFindings(id, row, target), ...garbled, ...compared, ...this.glossaryFindings(id, target)]);
    const findings = all.length ? all.map((finding) => ({ ...finding, isIgnored: this.ignored.has(ignoreId(id, finding.key)) })) : NONE;
    this.shown.set(id, { row, version: this.version, findings });
    return findings;
  }

  /** The warnings a row shows: its source is checked for garbled text now if the background pass has not reached it. */
  rowFindingsOf(id: number, row: RowState | undefined = this.store.row(id)): readonly ShownFinding[] {
    if (row && this.garbled.isLoaded && !this.garbled.isChecked(id, row.segment.source)) {
      this.garbled.of(id, row.segment.source, true);
      this.shown.delete(id);
    }
    return this.findingsOf(id, row);
  }

  /** Takes the garbled-text check once loaded and runs it over every paragraph in the background. */
  setGarbledCheck(check: SourceCheck): void {
    const ids = this.store.ids();
    if (!this.garbled.start(check, ids, (id) => this.store.row(id)?.segment.source, () => this.changed())) return;
    // Rows drawn before the check arrived show their marks now, not at the end of a long pass.
    if (!this.garbled.isSwept) this.changed();
  }

  /** What asks the server to remember an ignored warning (useQa's ignore): rows call it through `dismiss`. */
  setIgnoreHandler(handler: IgnoreHandler): void {
    this.ignoreHandler = handler;
  }

  dismiss(segmentId: number, key: string): void {
    this.ignoreHandler(segmentId, key, true);
  }

  /** Runs the checks that compare paragraphs over the whole document; returns how long it took (ms). */
  runDocument(): number {
    const started = performance.now();
    const targets = new Map<number, string>();
    const segments = this.store.ids().flatMap((id) => {
      const row = this.store.row(id);
      if (!row) return [];
      const target = this.settledTarget(id, row);
      targets.set(id, target);
      return [{ id, source: row.segment.source, target, status: row.draft.status }];
    });
    const findings = new Map<number, QaFinding[]>();
    for (const [id, found] of checkDocument(segments)) {
      // The paragraph's own checks run on every save; keep only what needs the other paragraphs.
      const row = this.store.row(id);
      const own = new Set(row ? this.ownFindings(id, row, targets.get(id) ?? "").map((finding) => finding.key) : []);
      const compared = found.filter((finding) => !own.has(finding.key));
      if (compared.length) findings.set(id, compared);
    }
    const ms = performance.now() - started;
    this.documentRun = { findings, targets, ms };
    this.changed();
    return ms;
  }

  /** True when a paragraph saved a text the last whole-document run did not see. */
  isStale(): boolean {
    const run = this.documentRun;
    if (!run) return true;
    return this.store.ids().some((id) => run.targets.get(id) !== this.settledTarget(id));
  }

  lastRunMs(): number | null {
    return this.documentRun?.ms ?? null;
  }

  setIgnored(mark: QaIgnoreMark, isIgnored: boolean): void {
    const id = ignoreId(mark.segmentId, mark.key);
    if (isIgnored === this.ignored.has(id)) return;
    if (isIgnored) this.ignored.add(id);
    else this.ignored.delete(id);
    this.changed();
  }

  /** Something the rows read changed (the terms, say): draw their warnings again. */
  changed(): void {
    this.version++;
    this.snapshot = this.takeSnapshot();
    this.listeners.notify();
  }

  private takeSnapshot(): QaSnapshot {
    return { findingsOf: (id) => this.findingsOf(id), lastRunMs: this.lastRunMs(), isStale: () => this.isStale() };
  }

  private glossaryFindings(id: number, target: string): QaFinding[] {
    return this.marks.glossaryIssuesOf(id, target).map((issue) => glossaryFinding(issue, issue.term));
  }

  private ownFindings(id: number, row: RowState, target: string): QaFinding[] {
    const { source } = row.segment;
    const { status } = row.draft;
    const cached = this.own.get(id);
    if (cached && cached.target === target && cached.source === source && cached.status === status) return cached.findings;
    const findings = checkParagraph({ id, source, target, status });
    this.own.set(id, { target, source, status, findings });
    return findings;
  }
}
