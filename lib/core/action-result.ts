import type { ErrorCode, ErrorParams } from "./errors";

/** What a server action returns: data, or an error code the UI translates (UNEXPECTED: logged on the server). */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | "UNEXPECTED"; params?: ErrorParams };
