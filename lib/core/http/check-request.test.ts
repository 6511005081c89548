import { describe, expect, it } from "vitest";
import { allowedHosts } from "./allowed-hosts";
import { checkRequest, type RequestFacts } from "./check-request";

const allowed = allowedHosts({ listenHost: "127.0.0.1", configured: "translate.example.org" });
const request = (facts: Partial<RequestFacts>): RequestFacts => ({ method: "POST", host: "127.0.0.1:3000", origin: null, secFetchSite: null, forwardedHost: null, ...facts });
const status = (facts: Partial<RequestFacts>) => {
  const verdict = checkRequest(request(facts), allowed);
  return verdict.ok ? 200 : verdict.status;
};

describe("checkRequest", () => {
  it("refuses any method for a host name that is not allowed (DNS rebinding)", () => {
    expect(status({ method: "GET", host: "evil.example:3000" })).toBe(421);
    expect(status({ host: "evil.example:3000", origin: "http://evil.example:3000" })).toBe(421);
    expect(status({ method: "GET", host: null })).toBe(421);
  });

  it("lets reads through without an Origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) expect(status({ method })).toBe(200);
  });

  it.each<[string, Partial<RequestFacts>, number]>([
    ["the app's own Origin", { origin: "http://127.0.0.1:3000" }, 200],
    ["the soak test's Origin on another allowed name", { host: "localhost:3000", origin: "http://localhost:3000" }, 200],
    ["no Origin but Sec-Fetch-Site: same-origin", { secFetchSite: "same-origin" }, 200],
    ["an https Origin behind a TLS proxy that keeps the Host", { host: "translate.example.org", origin: "https://translate.example.org" }, 200],
    ["an Origin matching an allowed X-Forwarded-Host", { host: "127.0.0.1:3000", forwardedHost: "translate.example.org", origin: "https://translate.example.org" }, 200],
    ["no Origin and no Sec-Fetch-Site", {}, 403],
    ["a cross-site Origin", { origin: "http://evil.example" }, 403],
    ["the same name on another port", { origin: "http://127.0.0.1:8080" }, 403],
    ["another allowed name than the Host", { origin: "http://localhost:3000" }, 403],
    ["an opaque Origin", { origin: "null" }, 403],
    ["a non-http Origin", { origin: "file://" }, 403],
    ["Sec-Fetch-Site: cross-site", { secFetchSite: "cross-site" }, 403],
    ["Sec-Fetch-Site: same-site", { secFetchSite: "same-site", origin: "http://127.0.0.1:3000" }, 403],
    ["an Origin matching an X-Forwarded-Host that is not allowed", { forwardedHost: "evil.example", origin: "http://evil.example" }, 403],
  ])("a POST with %s → %i", (_name, facts, expected) => {
    expect(status(facts)).toBe(expected);
  });
});
