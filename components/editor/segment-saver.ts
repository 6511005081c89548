import type { ActionResult } from "@/lib/core/action-result";
import type { SaveTargetRequest, SaveTargetResult, Segment, SegmentStatus } from "@/lib/core/model";
import type { SaveState } from "./save-state";

export type SaveAction = (request: SaveTargetRequest) => Promise<ActionResult<SaveTargetResult>>;
export type Snapshot = { target: string; status: SegmentStatus };
type Listener = (state: SaveState, conflict: Segment | null) => void;

const DEBOUNCE_MS = 800;
const RETRY_MS = 3000;

/**
 * Keeps one paragraph's translation in step with the server: debounced saves while typing, an
 * immediate save on flush, retries with the same edit id while offline, and a conflict instead of
 * overwriting a text saved elsewhere. Plain TypeScript; the editor subscribes to its state.
 */
export class SegmentSaver {
  private confirmed: Snapshot & { version: number };
  private latest: Snapshot;
  private sending: (Snapshot & { clientEditId: string }) | null = null;
  private inFlight: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private conflict: Segment | null = null;
  private state: SaveState = "saved";

  constructor(
    private readonly segmentId: number,
    base: Segment,
    private readonly save: SaveAction,
    private readonly listener: Listener,
  ) {
    this.confirmed = { version: base.version, target: base.target, status: base.status };
    this.latest = { target: base.target, status: base.status };
  }

  /** Records the translator's current text; saves after a pause, or at once when immediate. */
  edit(next: Snapshot, { immediate = false } = {}): void {
    this.latest = next;
    clearTimeout(this.timer);
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
    const { target, status } = this.latest;
    // A retry of the same text reuses its edit id, so the server applies it at most once.
    const same = this.sending?.target === target && this.sending.status === status;
    const edit = same && this.sending ? this.sending : { target, status, clientEditId: crypto.randomUUID() };
    this.sending = edit;
    this.setState("saving");
    this.inFlight = this.send(edit);
    const retry = await this.inFlight;
    this.inFlight = null;
    if (retry) this.schedule(RETRY_MS);
    else if (!this.conflict && this.state !== "failed" && !this.isConfirmed()) void this.flush();
  }

  /** Resolves a conflict: keep this tab's text (saved over theirs) or take the text saved elsewhere. */
  resolve(choice: "mine" | "theirs"): Snapshot {
    const theirs = this.conflict;
    if (!theirs) return this.latest;
    this.conflict = null;
    this.confirmed = { version: theirs.version, target: theirs.target, status: theirs.status };
    if (choice === "theirs") this.latest = { target: theirs.target, status: theirs.status };
    void this.flush();
    return this.latest;
  }

  /** Returns true when the save should be retried later. */
  private async send(edit: Snapshot & { clientEditId: string }): Promise<boolean> {
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
      this.setState("conflict");
      return false;
    }
    this.confirmed = { version: result.data.segment.version, target: edit.target, status: edit.status };
    this.setState(this.isConfirmed() ? "saved" : "unsaved");
    return false;
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
