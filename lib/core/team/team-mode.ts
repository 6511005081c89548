// Local mode (one person, loopback, no accounts) or team mode (accounts, every request signed in).

const LOOPBACK_NAMES = new Set(["localhost", "::1", "[::1]"]);

/** True for an address or name only this machine can reach: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(host: string | null | undefined): boolean {
  const value = (host ?? "").trim().toLowerCase();
  return LOOPBACK_NAMES.has(value) || /^127(\.\d{1,3}){3}$/.test(value) || value === "::ffff:127.0.0.1";
}

/**
 * Team mode when asked for (DUIZHAO_TEAM=1) or when the server listens on anything but loopback (the
 * start script refuses that without the flag; this covers a server started some other way).
 */
export function isTeamMode(input: { flag: string | undefined; listenHost: string | undefined }): boolean {
  if (input.flag?.trim() === "1") return true;
  const host = input.listenHost?.trim();
  return Boolean(host) && !isLoopbackHost(host);
}

/** Every address of an X-Forwarded-For header is loopback (a local reverse proxy appends the real client). */
export function isLoopbackChain(forwardedFor: string | null | undefined): boolean {
  const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries.length > 0 && entries.every(isLoopbackHost);
}
