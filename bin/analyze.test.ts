import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "./testing/run-cli";

const workDir = mkdtempSync(path.join(tmpdir(), "duizhao-analyze-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("duizhao analyze", { timeout: 180_000 }, () => {
  test("counts the demo document and bands it; refuses a missing document and a bad rate with one line each", async () => {
    const databaseUrl = `file:${path.join(workDir, "analyze.db")}`;
    const setup = await runCli(["setup"], { databaseUrl, cwd: workDir });
    expect(setup.code).toBe(0);
    const json = await runCli(["analyze", "1", "--json", "--rate", "0.1", "--currency", "cny"], { databaseUrl, cwd: workDir });
    expect(json.code, json.stderr).toBe(0);
    const analysis = JSON.parse(json.stdout);
    expect(analysis.counts.han).toBe(2647);
    expect(analysis.counts.paragraphs.untranslated).toBe(39);
    expect(analysis.matches.bands.none.han).toBe(2647);
    expect(analysis.quote).toMatchObject({ currency: "CNY", amount: 264.7 });

    const table = await runCli(["analyze", "1", "--sentences"], { databaseUrl, cwd: workDir });
    expect(table.stdout).toMatch(/No match\s+74\s+2647/);
    expect(table.stdout).toContain("Quote: 2647.0 weighted Han characters × 0.08 USD = 211.76 USD");

    for (const args of [["analyze", "1", "404"], ["analyze", "1", "--rate", "cheap"]]) {
      const refused = await runCli(args, { databaseUrl, cwd: workDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
