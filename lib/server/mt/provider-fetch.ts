import "server-only";
import { MtProviderError, UNREADABLE } from "@/lib/core/mt/mt-types";

/** How long one provider request may take, streaming included. */
export const PROVIDER_TIMEOUT_MS = 120_000;

/** The key must never reach a message, a log line or the browser, whatever a provider echoes. */
export function redact(text: string, apiKey: string): string {
  return apiKey.length >= 4 ? text.split(apiKey).join("***") : text;
}

function describeBody(body: string): string {
  try {
    const json = JSON.parse(body) as { error?: unknown; message?: unknown; detail?: unknown };
    const error = json.error as { message?: unknown } | string | undefined;
    const message = typeof error === "object" && error ? error.message : (error ?? json.message ?? json.detail);
    if (typeof message === "string") return message;
  } catch {
    // not JSON: the text itself
  }
  return body.replace(/\s+/g, " ").trim().slice(0, 200);
}

/**
 * POSTs JSON to a provider. An answer other than 2xx throws MtProviderError with its status and
 * Retry-After; no answer (refused, timed out) throws status 0. Aborting `signal` rejects with its reason.
 */
export async function postJson(
  url: string,
  body: unknown,
  { headers = {}, signal, apiKey = "" }: { headers?: Record<string, string>; signal?: AbortSignal; apiKey?: string },
): Promise<Response> {
  const timeout = AbortSignal.timeout(PROVIDER_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream", ...headers },
      body: JSON.stringify(body),
      signal: combined,
    });
  } catch (error) {
    throw noAnswer(error, signal, apiKey);
  }
  if (!response.ok) {
    const text = await response.text().catch(() => "");
    const detail = redact(describeBody(text), apiKey);
    throw new MtProviderError(`HTTP ${response.status}${detail ? `: ${detail}` : ""}`, response.status, response.headers.get("retry-after"));
  }
  return response;
}

/** A failed or cut connection as MtProviderError (status 0), unless the caller cancelled. */
export function noAnswer(error: unknown, signal: AbortSignal | undefined, apiKey: string): unknown {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof MtProviderError) return error;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  const what = error instanceof Error && error.name === "TimeoutError" ? "timed out" : `no answer${cause}`;
  return new MtProviderError(redact(`The provider gave ${what}`.replace("gave timed out", "timed out"), apiKey), 0);
}

/** The JSON of an answer, or a clear error when it is garbage. */
export async function readJson(response: Response, signal: AbortSignal | undefined, apiKey: string): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw noAnswer(error, signal, apiKey);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new MtProviderError(`The provider answered something that is not JSON: ${redact(text.slice(0, 120), apiKey)}`, UNREADABLE);
  }
}
