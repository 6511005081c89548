import type { ActionResult } from "@/lib/core/action-result";
import type { SaveTargetRequest, SaveTargetResult, Segment, SegmentStatus } from "@/lib/core/model";
import type { PendingEdit } from "./pending-edits";
import type { SaveState } from "./save-state";

export type SaveAction = (request: SaveTargetRequest) => Promise<ActionResult<SaveTargetResult>>;
export type Snapshot = { target: string; status: SegmentStatus };
type Edit = Snapshot & { clientEditId: string };
type Listener = (state: SaveState, conflict: Segment | null) => void;
/** Told whenever the unconfirmed text changes; null once the server has everything. */
type PendingListener = (pending: PendingEdit | null) => void;

const DEBOUNCE_MS = 800;
const RETRY_MS = 3000;

/**
 * Keeps one paragraph's translation in step with the server: debounced saves while typing, an
 * immediate save on flush, retries with the same edit id while offline, and a conflict instead of
 * overwriting a text saved elsewhere. Plain TypeScript; the editor subscribes to its state.
 */
export class SegmentSaver {
  // The text of `confirmed` is unknown (null) when the saver starts from edits kept in the browser.
  private confirmed: { version: number; target: string | null; status: SegmentStatus | null };
  private latest: Snapshot;
  private sending: Edit | null = null;
  private inFlight: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private conflict: Segment | null = null;
  private state: SaveState = "saved";

  constructor(
    private readonly segmentId: number,
    base: Segment,
    private readonly save: SaveAction,
    private readonly listener: Listener,
    private readonly onPending: PendingListener = () => {},
    pending?: PendingEdit,
  ) {
    this.confirmed = { version: base.version, target: base.target, status: base.status };
    this.latest = { target: base.target, status: base.status };
    if (pending) {
      this.confirmed = { version: pending.baseVersion, target: null, status: null };
      this.latest = pending.latest;
      this.sending = pending.sending;
      this.state = "unsaved";
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
    clearTimeout(this.timer);
    this.reportPending();
    if (this.conflict) return;
    this.setState(this.isConfirmed() ? "saved" : "unsaved");
    if (immediate) void this.flush();
    else this.schedule(DEBOUNCE_MS);
  }

  /** Sends the current text now unless the server already has it. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.inFlight) await this.inFlight;
    if (this.conflict) return;
    if (this.isConfirmed()) return this.setState("saved");
    // An edit whose answer never came goes first, under its own id: if it was applied, the server
    // says so and the newer text is then based on it instead of conflicting with it.
    const edit = this.sending ?? { ...this.latest, clientEditId: crypto.randomUUID() };
    this.sending = edit;
    this.reportPending();
    this.setState("saving");
    this.inFlight = this.send(edit);
    const retry = await this.inFlight;
    this.inFlight = null;
    if (retry) this.schedule(RETRY_MS);
    else if (!this.conflict && this.state !== "failed" && !this.isConfirmed()) void this.flush();
  }

  /** Resolves a conflict: keep this tab's text, take the text saved elsewhere, or both for editing. */
  resolve(choice: "mine" | "theirs" | "merge"): Snapshot {
    const theirs = this.conflict;
    if (!theirs) return this.latest;
    this.conflict = null;
    this.confirmed = { version: theirs.version, target: theirs.target, status: theirs.status };
    if (choice === "theirs") this.latest = { target: theirs.target, status: theirs.status };
    if (choice === "merge") this.latest = { target: [this.latest.target, theirs.target].filter(Boolean).join("\n"), status: this.latest.status };
    this.reportPending();
    void this.flush();
    return this.latest;
  }

  /** Takes the server's segment as both confirmed and current (after a restore, a split or a join). */
  adopt(segment: Segment): void {
    clearTimeout(this.timer);
    this.conflict = null;
    this.sending = null;
    this.confirmed = { version: segment.version, target: segment.target, status: segment.status };
    this.latest = { target: segment.target, status: segment.status };
    this.reportPending();
    this.setState("saved");
  }

  /** Shows a conflict found outside the saver (a refused restore). */
  conflictWith(current: Segment): void {
    this.conflict = current;
    this.setState("conflict");
  }

  /** Returns true when the save should be retried later. */
  private async send(edit: Edit): Promise<boolean> {
    const request = { segmentId: this.segmentId, baseVersion: this.confirmed.version, ...edit };
    let result: Awaited<ReturnType<SaveAction>>;
    try {
      result = await this.save(request);
    } catch {
      this.setState("offline");
      return true;
    }
    if (!result.ok) {
      const retry = result.code !== "NOT_FOUND" && result.code !== "INVALID_INPUT";
      this.setState(retry ? "offline" : "failed");
      return retry;
    }
    this.sending = null;
    if (result.data.kind === "conflict") {
      this.conflict = result.data.current;
      this.reportPending();
      this.setState("conflict");
      return false;
    }
    this.confirmed = { version: result.data.segment.version, target: edit.target, status: edit.status };
    this.reportPending();
    this.setState(this.isConfirmed() ? "saved" : "unsaved");
    return false;
  }

  private reportPending(): void {
    const done = this.isConfirmed() && !this.sending;
    this.onPending(done ? null : { baseVersion: this.confirmed.version, sending: this.sending, latest: this.latest });
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private isConfirmed(): boolean {
    return this.latest.target === this.confirmed.target && this.latest.status === this.confirmed.status;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.listener(state, this.conflict);
  }
}
