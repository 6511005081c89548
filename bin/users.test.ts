import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runCli as runCliOn } from "./testing/run-cli";

// `duizhao users …` run for real on a fresh SQLite file.

const workDir = mkdtempSync(path.join(tmpdir(), "duizhao-users-cli-"));
const databaseUrl = `file:${path.join(workDir, "users.db")}`;
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const runCli = (args: string[], env: Record<string, string> = {}) => runCliOn(args, { databaseUrl, cwd: workDir, env });

describe("duizhao users", { timeout: 180_000 }, () => {
  test("add prints a one-time link, list shows the account, remove deletes it (never the only owner)", async () => {
    const added = await runCli(["users", "add", "Owner@Example.org", "--role", "owner"], { DUIZHAO_PUBLIC_URL: "https://duizhao.example.org/" });
    expect(added.code).toBe(0);
    expect(added.stdout.trim()).toMatch(/^https:\/\/duizhao\.example\.org\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(added.stderr).toContain("Added owner@example.org (owner).");

    const listed = await runCli(["users", "list", "--json"]);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ email: "owner@example.org", role: "owner", hasPassword: false }]);

    const again = await runCli(["users", "add", "owner@example.org"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("There is already an account with this email address");

    const link = await runCli(["users", "link", "owner@example.org"]);
    expect(link.stdout.trim()).toMatch(/^http:\/\/127\.0\.0\.1:3000\/invite\//);

    const onlyOwner = await runCli(["users", "remove", "owner@example.org"]);
    expect(onlyOwner.code).toBe(1);
    expect(onlyOwner.stderr).toContain("This is the only owner");
    expect((await runCli(["users", "add", "second@example.org", "--role", "owner"])).code).toBe(0);
    expect((await runCli(["users", "remove", "owner@example.org"])).code).toBe(0);
    expect((await runCli(["users", "list"])).stderr).toContain("1 account.");
  });

  test("bad input gets a clear message and no stack trace", async () => {
    for (const [args, message] of [
      [["users", "add", "someone@example.org", "--role", "admin"], 'Unknown role "admin": owner or member.'],
      [["users", "add", "not-an-email"], "This is not an email address"],
      [["users", "remove", "nobody@example.org"], "No account has the email nobody@example.org"],
      [["users"], "Missing action: add, list, remove or link."],
    ] as const) {
      const result = await runCli([...args]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
