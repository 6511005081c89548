// The contract between the MT routes and their clients (the editor, tests). Every route answers
// text/event-stream or JSON as described here; a type change here is a change of the API.
import type { ErrorCode, ErrorParams } from "../errors";
import type { Segment } from "../model";
import type { MtEstimate } from "./estimate-cost";
import type { MtProvider, MtSourceScript } from "./mt-types";

/** What the browser may know of the MT settings: never the key, only whether one is set. */
export type PublicMtSettings = {
  /** True when a provider is configured and usable. */
  configured: boolean;
  /** Where the effective settings come from: the settings page, environment variables, or nowhere. */
  from: "stored" | "env" | "none";
  provider: MtProvider | null;
  baseUrl: string;
  model: string;
  temperature: number;
  maxConcurrent: number;
  sourceScript: MtSourceScript;
  hasApiKey: boolean;
  /** True when DUIZHAO_MT_PROVIDER is set (the page's settings, once saved, take precedence). */
  envProvider: boolean;
};

/** A failure the UI can translate: t(`Errors.${code}`, params). */
export type MtFailure = { code: ErrorCode | "UNEXPECTED"; params?: ErrorParams };

/**
 * GET /api/documents/ID/mt?segment=SID — one paragraph's suggestion, as server-sent events. Aborting
 * the request cancels the provider call. Event names are the `type`s; data is the JSON of the event.
 */
export type SuggestionEvent =
  | { type: "start"; origin: string; cached: boolean }
  | { type: "delta"; text: string }
  /** The provider failed and is asked again: forget the text of the deltas so far. */
  | { type: "restart" }
  | { type: "done"; text: string; origin: string; cached: boolean }
  | ({ type: "error" } & MtFailure);

/**
 * POST /api/documents/ID/mt/draft with a DraftRequest body — drafts paragraphs, streaming
 * newline-delimited JSON DraftEvents. Aborting the request cancels: nothing more is sent or saved.
 */
export type DraftRequest = {
  /** Paragraphs to draft; omitted: every empty paragraph of the document. Non-empty ones are skipped either way. */
  segmentIds?: number[];
  /** Stop after this many paragraphs. */
  limit?: number;
  /** Only report the estimate; send and save nothing. */
  dryRun?: boolean;
};

export type DraftSummary = { filled: number; failed: number; skipped: number; cancelled: boolean };

export type DraftEvent =
  | ({ type: "estimate" } & MtEstimate)
  | { type: "filled"; segment: Segment; done: number; total: number }
  | { type: "skipped"; segmentId: number; done: number; total: number }
  | ({ type: "failed"; segmentId: number; done: number; total: number } & MtFailure)
  | ({ type: "summary" } & DraftSummary)
  | ({ type: "error" } & MtFailure);

export const MT_ROUTES = {
  suggestion: (documentId: number, segmentId: number) => `/api/documents/${documentId}/mt?segment=${segmentId}`,
  draft: (documentId: number) => `/api/documents/${documentId}/mt/draft`,
  settings: "/api/mt/settings",
} as const;
