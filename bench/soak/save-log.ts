import type { ActionResult } from "@/lib/core/action-result";
import type { SaveTargetRequest, SaveTargetResult } from "@/lib/core/model";
import { ActionAnswerError, callServerAction, type ActionTarget } from "./action-client";

/** How one save request ended: the action's answer, an error code, an HTTP error, or no answer. */
export type SaveOutcome = "saved" | "conflict" | "error-code" | "http-error" | "network";

export type SaveRecord = {
  writer: number;
  segmentId: number;
  clientEditId: string;
  target: string;
  outcome: SaveOutcome;
  /** The error code or message, for the outcomes that are not an answer. */
  detail?: string;
  /** On a conflict, the text the server had. */
  theirs?: string;
  /** performance.now() when the request went out, and how long until it ended. */
  startedAt: number;
  ms: number;
};

/** Every save request of a run, with the number still waiting for an answer. */
export class SaveLog {
  readonly records: SaveRecord[] = [];
  inFlight = 0;

  /** The editor's save action for one writer: the real action over HTTP, each call recorded. */
  saveAction(target: ActionTarget, writer: number) {
    return async (request: SaveTargetRequest): Promise<ActionResult<SaveTargetResult>> => {
      const { segmentId, clientEditId, target: text } = request;
      const record = (outcome: SaveOutcome, detail?: string, theirs?: string) =>
        this.records.push({ writer, segmentId, clientEditId, target: text, outcome, detail, theirs, startedAt: started, ms: performance.now() - started });
      const started = performance.now();
      this.inFlight++;
      try {
        const result = await callServerAction<ActionResult<SaveTargetResult>>(target, [request]);
        if (result.ok) record(result.data.kind, undefined, result.data.kind === "conflict" ? result.data.current.target : undefined);
        else record("error-code", result.code);
        return result;
      } catch (error) {
        if (error instanceof ActionAnswerError) record("http-error", error.message);
        else record("network", describeNetworkError(error));
        throw error;
      } finally {
        this.inFlight--;
      }
    };
  }
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ?? cause?.message ?? error.message;
}
