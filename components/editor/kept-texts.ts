import type { ActionResult } from "@/lib/core/action-result";
import type { KeepRefusedRequest, SaveTargetRequest, SaveTargetResult, Segment } from "@/lib/core/model";
import { chainOf } from "./merge-pending-edits";
import type { KeptChain, KeptEdit, PendingEdit } from "./pending-edits";
import type { SaveState } from "./save-state";

/** Sends one request; the answer, or what to do when there was none worth going on with. */
export type Call = <T>(request: () => Promise<ActionResult<T>>) => Promise<{ ok: true; data: T } | { ok: false; outcome: "retry" | "stop" }>;
/**
 * A saver's way of sending one request: a request that failed (offline) or an error code other than a
 * final one reports "offline" and means try again later; NOT_FOUND and INVALID_INPUT are final. Team
 * mode's UNAUTHENTICATED (the session ended) reports "signedOut" and is tried again too: the text is
 * kept, and the save goes through once the user signs in again (in any tab).
 */
export function callReporting(report: (state: SaveState) => void): Call {
  return async (request) => {
    let result;
    try {
      result = await request();
    } catch {
      report("offline");
      return { ok: false, outcome: "retry" };
    }
    if (result.ok) return result;
    if (result.code === "UNAUTHENTICATED") {
      report("signedOut");
      return { ok: false, outcome: "retry" };
    }
    const isFinal = result.code === "NOT_FOUND" || result.code === "INVALID_INPUT";
    report(isFinal ? "failed" : "offline");
    return { ok: false, outcome: isFinal ? "stop" : "retry" };
  };
}

type Actions = { save: (request: SaveTargetRequest) => Promise<ActionResult<SaveTargetResult>>; keepRefused: (request: KeepRefusedRequest) => Promise<ActionResult<Segment>> };

/**
 * The texts a saver keeps for its paragraph besides the translator's own, all sent before it: chains
 * a closed tab left (each based on the version that tab last saw) and texts set aside as refused
 * revisions (kept on the server, never applied).
 */
export class KeptTexts {
  backlog: KeptChain[];
  refused: KeptEdit[];

  constructor(pending?: PendingEdit) {
    this.backlog = pending?.backlog ?? [];
    this.refused = pending?.refused ?? [];
  }

  get isEmpty(): boolean {
    return this.backlog.length === 0 && this.refused.length === 0;
  }

  /** A closed tab's texts for the paragraph: they go before those already kept. */
  absorb(earlier: PendingEdit): void {
    this.backlog = [...earlier.backlog, ...chainOf(earlier), ...this.backlog];
    this.refused = [...earlier.refused, ...this.refused];
  }

  setAside(edit: KeptEdit): void {
    this.refused = [...this.refused, edit];
  }

  /** The next request for a kept text, or null when none is left. */
  nextSend(segmentId: number, actions: Actions, call: Call): (() => Promise<"next" | "retry" | "stop">) | null {
    const refused = this.refused[0];
    if (refused) return () => this.keep(segmentId, refused, actions, call);
    const chain = this.backlog[0];
    if (chain) return () => this.sendEarlier(segmentId, chain, actions, call);
    return null;
  }

  private async keep(segmentId: number, edit: KeptEdit, actions: Actions, call: Call): Promise<"next" | "retry" | "stop"> {
    const result = await call(() => actions.keepRefused({ segmentId, ...edit }));
    if (!result.ok) return result.outcome;
    this.refused = this.refused.filter((other) => other !== edit);
    return "next";
  }

  /** Saves a closed tab's text; if it conflicts, the server kept it as refused, and the rest of its chain is set aside too. */
  private async sendEarlier(segmentId: number, chain: KeptChain, actions: Actions, call: Call): Promise<"next" | "retry" | "stop"> {
    const [edit, ...rest] = chain.edits;
    const result = await call(() => actions.save({ segmentId, baseVersion: chain.baseVersion, ...edit }));
    if (!result.ok) return result.outcome;
    const others = this.backlog.filter((other) => other !== chain);
    if (result.data.kind === "saved") this.backlog = rest.length > 0 ? [{ baseVersion: result.data.segment.version, edits: rest }, ...others] : others;
    else {
      this.backlog = others;
      this.refused = [...rest, ...this.refused];
    }
    return "next";
  }
}
