import type { ActionResult } from "@/lib/core/action-result";
import type { KeepRefusedRequest, SaveTargetRequest, SaveTargetResult, Segment, SegmentStatus } from "@/lib/core/model";
import { callReporting, KeptTexts } from "./kept-texts";
import type { KeptEdit, PendingEdit } from "./pending-edits";
import type { SaveState } from "./save-state";

export type SaveAction = (request: SaveTargetRequest) => Promise<ActionResult<SaveTargetResult>>;
export type KeepRefusedAction = (request: KeepRefusedRequest) => Promise<ActionResult<Segment>>;
export type SaverActions = { save: SaveAction; keepRefused: KeepRefusedAction };
/** A text and status; `origin` ("mt:PROVIDER:MODEL") only on a machine translation inserted as it came. */
export type Snapshot = { target: string; status: SegmentStatus; origin?: string };
type Listener = (state: SaveState, conflict: Segment | null) => void;
/** Told whenever the unconfirmed texts change; null once the server has everything. */
type PendingListener = (pending: PendingEdit | null) => void;
/** What one request came to: go on with the next, try again later, or wait for the translator. */
type Outcome = "next" | "retry" | "stop";

const DEBOUNCE_MS = 800;
const RETRY_MS = 3000;
const isSame = (a: Snapshot | null, b: Snapshot | null) => !!a && !!b && a.target === b.target && a.status === b.status;

/**
 * Keeps one paragraph's translation in step with the server: debounced saves while typing, an
 * immediate save on flush, retries with the same edit id while offline, and a conflict instead of
 * overwriting a text saved elsewhere. Before its own text it sends what else it keeps for the
 * paragraph: texts a closed tab left (backlog) and texts a conflict's resolution set aside (refused).
 * Plain TypeScript; the editor subscribes to its state.
 */
export class SegmentSaver {
  // The text of `confirmed` is unknown (null) when the saver starts from edits kept in the browser.
  private confirmed: { version: number; target: string | null; status: SegmentStatus | null };
  private latest: Snapshot;
  private changedAt = 0;
  private sending: KeptEdit | null = null;
  private kept: KeptTexts;
  /** The text the server last refused: it is a revision already, so discarding it loses nothing. */
  private keptOnServer: Snapshot | null = null;
  private inFlight: Promise<Outcome> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private conflict: Segment | null = null;
  private state: SaveState = "saved";

  constructor(
    private readonly segmentId: number,
    base: Segment,
    private readonly actions: SaverActions,
    private readonly listener: Listener,
    private readonly onPending: PendingListener = () => {},
    pending?: PendingEdit,
  ) {
    this.confirmed = { version: base.version, target: base.target, status: base.status };
    this.latest = { target: base.target, status: base.status };
    this.kept = new KeptTexts(pending);
    if (pending) {
      this.changedAt = pending.changedAt;
      if (pending.latest) {
        this.confirmed = { version: pending.baseVersion, target: null, status: null };
        this.latest = pending.latest;
        this.sending = pending.sending;
      }
      this.state = this.isSettled() ? "saved" : "unsaved";
    }
  }

  get snapshot(): Snapshot {
    return this.latest;
  }

  get version(): number {
    return this.confirmed.version;
  }

  get saveState(): SaveState {
    return this.state;
  }

  /** Records the translator's current text; saves after a pause, or at once when immediate. */
  edit(next: Snapshot, { immediate = false } = {}): void {
    this.latest = next;
    this.changedAt = Date.now();
    clearTimeout(this.timer);
    this.reportPending();
    if (this.conflict) return;
    this.setState(this.isSettled() ? "saved" : "unsaved");
    if (immediate) void this.flush();
    else this.schedule(DEBOUNCE_MS);
  }

  /** Sends everything kept for the paragraph now, its own text last, unless the server already has it. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    for (let step = this.nextStep(); step; step = this.nextStep()) {
      this.report("saving");
      this.inFlight = step();
      const outcome = await this.inFlight;
      this.inFlight = null;
      if (outcome === "retry") return this.schedule(RETRY_MS);
      if (outcome === "stop") return;
    }
    this.report("saved");
  }

  /**
   * Resolves a conflict: keep this tab's text, take the text saved elsewhere, or both for editing.
   * Taking theirs sets this tab's text aside as a refused revision first (unless the server has it).
   */
  resolve(choice: "mine" | "theirs" | "merge"): Snapshot {
    const theirs = this.conflict;
    if (!theirs) return this.latest;
    const mine = this.latest;
    const theirText = { target: theirs.target, status: theirs.status };
    this.conflict = null;
    this.confirmed = { version: theirs.version, ...theirText };
    if (choice === "theirs") {
      if (!isSame(mine, theirText) && !isSame(mine, this.keptOnServer)) this.kept.setAside({ ...mine, clientEditId: crypto.randomUUID() });
      this.latest = theirText;
    }
    if (choice === "merge") this.latest = { target: [mine.target, theirs.target].filter(Boolean).join("\n"), status: mine.status };
    this.keptOnServer = null;
    this.reportPending();
    void this.flush();
    return this.latest;
  }

  /** Takes texts a closed tab kept for this paragraph: they are sent before this tab's own text. */
  absorb(earlier: PendingEdit): void {
    this.kept.absorb(earlier);
    this.reportPending();
    if (!this.conflict) this.setState("unsaved");
  }

  /** Takes the server's segment as both confirmed and current (after a restore, a split, a join or a refresh). */
  adopt(segment: Segment): void {
    clearTimeout(this.timer);
    this.conflict = null;
    this.sending = null;
    this.keptOnServer = null;
    this.confirmed = { version: segment.version, target: segment.target, status: segment.status };
    this.latest = { target: segment.target, status: segment.status };
    this.reportPending();
    this.setState(this.isSettled() ? "saved" : "unsaved");
    if (!this.isSettled()) void this.flush();
  }

  /** Shows a conflict found outside the saver (a refused restore): the current text is a saved revision. */
  conflictWith(current: Segment): void {
    this.conflict = current;
    this.keptOnServer = this.latest;
    this.setState("conflict");
  }

  /** Writes what is kept for the paragraph to the browser now. */
  persist(): void {
    this.reportPending();
  }

  private nextStep(): (() => Promise<Outcome>) | null {
    const kept = this.kept.nextSend(this.segmentId, this.actions, this.call);
    if (kept)
      return async () => {
        const outcome = await kept();
        if (outcome === "next") this.reportPending();
        return outcome;
      };
    if (this.conflict || (this.isConfirmed() && !this.sending)) return null;
    // An edit whose answer never came goes first, under its own id: if it was applied, the server
    // says so and the newer text is then based on it instead of conflicting with it.
    const edit = this.sending ?? { ...this.latest, clientEditId: crypto.randomUUID() };
    this.sending = edit;
    this.reportPending();
    return () => this.send(edit);
  }

  private readonly call = callReporting((state) => this.report(state));

  private async send(edit: KeptEdit): Promise<Outcome> {
    const request = { segmentId: this.segmentId, baseVersion: this.confirmed.version, ...edit };
    const result = await this.call(() => this.actions.save(request));
    if (!result.ok) return result.outcome;
    this.sending = null;
    if (result.data.kind === "conflict") {
      this.conflict = result.data.current;
      this.keptOnServer = { target: edit.target, status: edit.status };
      this.reportPending();
      this.setState("conflict");
      return "stop";
    }
    this.confirmed = { version: result.data.segment.version, target: edit.target, status: edit.status };
    this.reportPending();
    this.setState(this.isSettled() ? "saved" : "unsaved");
    return "next";
  }

  private reportPending(): void {
    const isCurrentDone = this.isConfirmed() && !this.sending;
    if (isCurrentDone && this.kept.isEmpty) return this.onPending(null);
    this.onPending({
      changedAt: this.changedAt,
      baseVersion: this.confirmed.version,
      sending: this.sending,
      latest: isCurrentDone ? null : this.latest,
      backlog: this.kept.backlog,
      refused: this.kept.refused,
    });
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private isConfirmed(): boolean {
    return this.latest.target === this.confirmed.target && this.latest.status === this.confirmed.status;
  }

  /** The server has everything: the current text and every text kept besides it. */
  private isSettled(): boolean {
    return this.isConfirmed() && !this.sending && this.kept.isEmpty;
  }

  /** A conflict waiting for the translator outranks the state of the texts sent besides it. */
  private report(state: SaveState): void {
    this.setState(this.conflict ? "conflict" : state);
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.listener(state, this.conflict);
  }
}
