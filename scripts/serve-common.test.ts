import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listenAddress, teamModeRefusal } from "./serve-common.mjs";

afterEach(() => vi.unstubAllEnvs());

describe("listenAddress", () => {
  it("listens on 127.0.0.1:3000 by default", () => {
    vi.stubEnv("HOSTNAME", undefined);
    vi.stubEnv("PORT", undefined);
    expect(listenAddress()).toEqual({ host: "127.0.0.1", port: "3000" });
  });

  it("takes HOSTNAME and PORT when set", () => {
    vi.stubEnv("HOSTNAME", "0.0.0.0");
    vi.stubEnv("PORT", "4000");
    expect(listenAddress()).toEqual({ host: "0.0.0.0", port: "4000" });
  });

  it("ignores a HOSTNAME that is only the machine's name, as shells and containers export it", () => {
    vi.stubEnv("HOSTNAME", hostname());
    expect(listenAddress().host).toBe("127.0.0.1");
  });
});

describe("teamModeRefusal", () => {
  it("lets a loopback address start in local mode", () => {
    vi.stubEnv("DUIZHAO_TEAM", undefined);
    for (const host of ["127.0.0.1", "localhost", "::1"]) expect(teamModeRefusal({ host })).toBeNull();
  });

  it("refuses any other address without team mode, saying how to turn it on", () => {
    vi.stubEnv("DUIZHAO_TEAM", undefined);
    expect(teamModeRefusal({ host: "0.0.0.0" })).toContain("DUIZHAO_TEAM=1 HOSTNAME=0.0.0.0 npm start");
    expect(teamModeRefusal({ host: "192.168.1.20" })).toContain("users add");
  });

  it("lets any address start in team mode", () => {
    vi.stubEnv("DUIZHAO_TEAM", "1");
    expect(teamModeRefusal({ host: "0.0.0.0" })).toBeNull();
  });

  it("npm start exits 1 with the message before building or touching the database", () => {
    const env = { ...process.env, HOSTNAME: "0.0.0.0", PORT: "1", DUIZHAO_TEAM: "", DATABASE_URL: "file:/nonexistent/never.db" };
    const run = spawnSync(process.execPath, ["scripts/start.mjs"], { env, encoding: "utf8", timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Refusing to listen on 0.0.0.0");
    expect(run.stderr).toContain("DUIZHAO_TEAM=1");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
