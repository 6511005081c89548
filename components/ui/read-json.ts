import type { ActionResult } from "@/lib/core/action-result";

/** A read from one of the app's GET routes; never rejects: a request that failed is REQUEST_FAILED. */
export async function readJson<T>(path: string, query: Record<string, string | number> = {}): Promise<ActionResult<T>> {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]));
  try {
    const response = await fetch(search.size > 0 ? `${path}?${search}` : path, { headers: { Accept: "application/json" } });
    return (await response.json()) as ActionResult<T>;
  } catch {
    return { ok: false, code: "REQUEST_FAILED" };
  }
}
