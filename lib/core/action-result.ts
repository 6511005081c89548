import type { ErrorCode, ErrorParams } from "./errors";

/**
 * What a server action returns: data, or an error code the UI translates (UNEXPECTED: logged on the
 * server; REQUEST_FAILED: set in the browser when the request itself failed, e.g. a 413 or no network).
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | ActionFailure;

export type ActionFailure = { ok: false; code: ErrorCode | "UNEXPECTED" | "REQUEST_FAILED"; params?: ErrorParams };
