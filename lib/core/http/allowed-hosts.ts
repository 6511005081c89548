// DNS rebinding: a page on evil.example whose name is made to resolve to 127.0.0.1 reaches this server
// as same-origin to itself, with `Host: evil.example`. Answering only the names configured here stops
// it; the loopback names are always allowed, since no other site can make a browser send them.

const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];
const WILDCARD = new Set(["", "0.0.0.0", "::", "[::]"]);
// A Host header is a name or an address with an optional port, nothing else (no user info, no path).
const HOST = /^(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** A Host value (name or [IPv6], optional :port) lower-cased, or null when it is not one. */
export function normalizeHost(value: string | null | undefined): string | null {
  const host = value?.trim().toLowerCase() ?? "";
  return HOST.test(host) ? host : null;
}

function bracketed(address: string): string {
  return address.includes(":") && !address.startsWith("[") ? `[${address}]` : address;
}

/**
 * The host names this server answers to: the loopback names, the address it listens on (or, when it
 * listens on every interface, each interface's address) and the comma-separated DUIZHAO_ALLOWED_HOSTS.
 * An entry without a port allows every port.
 */
export function allowedHosts(input: { configured?: string; listenHost?: string; interfaceAddresses?: string[] }): string[] {
  const listen = input.listenHost?.trim() ?? "";
  const bound = WILDCARD.has(listen) ? (input.interfaceAddresses ?? []) : [listen];
  const configured = (input.configured ?? "").split(",");
  const hosts = [...LOOPBACK, ...bound.map(bracketed), ...configured].map(normalizeHost);
  return [...new Set(hosts.filter((host): host is string => host !== null))];
}

/** True when a Host header names one of the allowed hosts (with the allowed port, when the entry has one). */
export function isAllowedHost(value: string | null | undefined, allowed: readonly string[]): boolean {
  const host = normalizeHost(value);
  if (host === null) return false;
  const name = host.replace(/:\d+$/, "");
  return allowed.some((entry) => entry === host || entry === name);
}
