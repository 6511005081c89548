import { hostname } from "node:os";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listenAddress } from "./serve-common.mjs";

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
