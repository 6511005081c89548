import { isAllowedHost, normalizeHost } from "./allowed-hosts";

export type RequestFacts = {
  method: string;
  host: string | null;
  origin: string | null;
  secFetchSite: string | null;
  /** X-Forwarded-Host, set by a reverse proxy in front of the server. */
  forwardedHost: string | null;
};

export type RequestVerdict = { ok: true } | { ok: false; status: 403 | 421; message: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originHost(origin: string): string | null {
  if (!URL.canParse(origin)) return null;
  const url = new URL(origin);
  return /^https?:$/.test(url.protocol) ? url.host : null;
}

/**
 * Whether a request may go on. Every request must name an allowed Host (else 421). A state-changing one
 * (any method but GET, HEAD, OPTIONS: server actions, uploads) must also come from this app's own pages:
 * an Origin equal to its Host (or to an allowed X-Forwarded-Host), or, without an Origin, a browser's
 * `Sec-Fetch-Site: same-origin` (else 403). Browsers send both and pages cannot forge them, so a
 * cross-site form, a fetch from another site or a rebinding page cannot change anything.
 */
export function checkRequest(request: RequestFacts, allowed: readonly string[]): RequestVerdict {
  if (!isAllowedHost(request.host, allowed)) {
    return { ok: false, status: 421, message: "This server does not answer to this host name. Add it to DUIZHAO_ALLOWED_HOSTS to allow it.\n" };
  }
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
  const refused = { ok: false, status: 403, message: "Refused: this request did not come from a page of this app.\n" } as const;
  const site = request.secFetchSite?.toLowerCase() ?? null;
  if (site !== null && site !== "same-origin") return refused;
  if (request.origin === null) return site === "same-origin" ? { ok: true } : refused;
  const from = normalizeHost(originHost(request.origin));
  const own = [normalizeHost(request.host), isAllowedHost(request.forwardedHost, allowed) ? normalizeHost(request.forwardedHost) : null];
  return from !== null && own.includes(from) ? { ok: true } : refused;
}
