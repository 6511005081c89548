import { describe, expect, it } from "vitest";
import { allowedHosts, isAllowedHost, normalizeHost } from "./allowed-hosts";

describe("allowedHosts", () => {
  it("allows the loopback names and the address listened on by default", () => {
    expect(allowedHosts({ listenHost: "127.0.0.1" })).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(allowedHosts({ listenHost: "192.168.1.5" })).toEqual(["localhost", "127.0.0.1", "[::1]", "192.168.1.5"]);
    expect(allowedHosts({ listenHost: "::1" })).toEqual(["localhost", "127.0.0.1", "[::1]"]);
  });

  it("listening on every interface allows each interface's address, not any name", () => {
    expect(allowedHosts({ listenHost: "0.0.0.0", interfaceAddresses: ["127.0.0.1", "10.0.0.7", "fe80::1"] })).toEqual(["localhost", "127.0.0.1", "[::1]", "10.0.0.7", "[fe80::1]"]);
    expect(allowedHosts({ listenHost: "::" })).toEqual(["localhost", "127.0.0.1", "[::1]"]);
  });

  it("adds the names of DUIZHAO_ALLOWED_HOSTS, trimmed and lower-cased, skipping malformed ones", () => {
    expect(allowedHosts({ configured: " Translate.Example.org , duizhao.lan:8080,,bad/name, a@b " })).toEqual([
      "localhost",
      "127.0.0.1",
      "[::1]",
      "translate.example.org",
      "duizhao.lan:8080",
    ]);
  });
});

describe("isAllowedHost", () => {
  const allowed = allowedHosts({ configured: "duizhao.lan:8080,translate.example.org" });

  it.each([
    ["localhost:3000", true],
    ["LOCALHOST", true],
    ["127.0.0.1:3314", true],
    ["[::1]:3000", true],
    ["translate.example.org", true],
    ["translate.example.org:443", true],
    ["duizhao.lan:8080", true],
    ["duizhao.lan:9090", false],
    ["duizhao.lan", false],
    ["evil.example:3000", false],
    ["localhost.evil.example", false],
    ["127.0.0.1.nip.io:3000", false],
    ["evil.example@localhost:3000", false],
    ["localhost:3000/path", false],
    ["", false],
    [null, false],
  ])("%j → %s", (host, expected) => {
    expect(isAllowedHost(host, allowed)).toBe(expected);
  });

  it("normalizes a Host value or refuses it", () => {
    expect(normalizeHost(" LocalHost:3000 ")).toBe("localhost:3000");
    expect(normalizeHost("[::1]")).toBe("[::1]");
    expect(normalizeHost("a b")).toBeNull();
  });
});
