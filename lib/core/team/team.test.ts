import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-rules";
import { isPublicPath, safeReturnPath } from "./public-paths";
import { isLoopbackChain, isLoopbackHost, isTeamMode } from "./team-mode";

describe("isTeamMode", () => {
  it("is local on loopback without the flag", () => {
    expect(isTeamMode({ flag: undefined, listenHost: "127.0.0.1" })).toBe(false);
    expect(isTeamMode({ flag: "", listenHost: undefined })).toBe(false);
    expect(isTeamMode({ flag: "0", listenHost: "localhost" })).toBe(false);
    expect(isTeamMode({ flag: undefined, listenHost: "::1" })).toBe(false);
  });
  it("is team mode with DUIZHAO_TEAM=1 or on any other address", () => {
    expect(isTeamMode({ flag: "1", listenHost: "127.0.0.1" })).toBe(true);
    expect(isTeamMode({ flag: undefined, listenHost: "0.0.0.0" })).toBe(true);
    expect(isTeamMode({ flag: undefined, listenHost: "192.168.1.5" })).toBe(true);
    expect(isTeamMode({ flag: undefined, listenHost: "::" })).toBe(true);
  });
});

describe("loopback", () => {
  it("knows loopback addresses", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]", "::ffff:127.0.0.1"]) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ["0.0.0.0", "10.0.0.1", "localhost.evil.example", "", "1127.0.0.1"]) expect(isLoopbackHost(host)).toBe(false);
  });
  it("accepts a forwarded chain only when every hop is loopback", () => {
    expect(isLoopbackChain("127.0.0.1")).toBe(true);
    expect(isLoopbackChain("::1, 127.0.0.1")).toBe(true);
    expect(isLoopbackChain("127.0.0.1, 203.0.113.9")).toBe(false);
    expect(isLoopbackChain(null)).toBe(false);
  });
});

describe("passwordProblem", () => {
  it("asks for 12 characters, counted as characters", () => {
    expect(passwordProblem("short")).toBe("PASSWORD_TOO_SHORT");
    expect(passwordProblem("翻译翻译翻译翻译翻译翻")).toBe("PASSWORD_TOO_SHORT");
    expect(passwordProblem("翻译翻译翻译翻译翻译翻译")).toBeNull();
    expect(passwordProblem("correct horse battery")).toBeNull();
    expect(passwordProblem("x".repeat(129))).toBe("PASSWORD_TOO_LONG");
  });
  it("refuses a password made of the email's name", () => {
    expect(passwordProblem("translator-2026!", "translator@example.com")).toBe("PASSWORD_CONTAINS_EMAIL");
  });
});

describe("public paths", () => {
  it("opens only the sign-in, invitation and first-run pages and better-auth's routes", () => {
    for (const path of ["/sign-in", "/invite/abc", "/welcome", "/api/auth/sign-in/email"]) expect(isPublicPath(path)).toBe(true);
    for (const path of ["/", "/documents/1", "/api/export", "/sign-inx", "/api/authx", "/invitex"]) expect(isPublicPath(path)).toBe(false);
  });
  it("returns only to a path on this site", () => {
    expect(safeReturnPath("/documents/3?x=1")).toBe("/documents/3?x=1");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "", null, "/sign-in"]) expect(safeReturnPath(bad)).toBe("/");
  });
});
