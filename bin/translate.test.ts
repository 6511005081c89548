import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, test } from "vitest";
import { startFakeProvider, type FakeProvider } from "@/test-support/fake-mt-provider";
import { runCli as runCliOn } from "./testing/run-cli";

// `duizhao translate` run for real on SQLite files against the stand-in provider (a local HTTP server
// speaking OpenAI's streamed chat completions).

const KEY = "sk-cli-SECRET-7777";
const workDir = mkdtempSync(path.join(tmpdir(), "duizhao-translate-cli-"));
let fake: FakeProvider;
let databases = 0;

beforeAll(async () => {
  fake = await startFakeProvider({ apiKey: KEY });
});
afterAll(async () => {
  await fake.close();
  rmSync(workDir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}) => ({
  DUIZHAO_MT_PROVIDER: "openai",
  DUIZHAO_MT_BASE_URL: `${fake.url}/v1`,
  DUIZHAO_MT_API_KEY: KEY,
  DUIZHAO_MT_MODEL: "fake-cli",
  ...extra,
});
const NO_MT = { DUIZHAO_MT_PROVIDER: "", DUIZHAO_MT_BASE_URL: "", DUIZHAO_MT_API_KEY: "", DUIZHAO_MT_MODEL: "" };

async function importDocument(text: string, into?: string) {
  databases += 1;
  const databaseUrl = into ?? `file:${path.join(workDir, `translate-${databases}.db`)}`;
  const file = path.join(workDir, `doc-${databases}.txt`);
  writeFileSync(file, text);
  const imported = await runCliOn(["import", file, "--raw"], { databaseUrl, cwd: workDir });
  if (imported.code !== 0) throw new Error(imported.stderr);
  const id = imported.stdout.trim();
  const run = (args: string[], extra: Record<string, string>) => runCliOn(args, { databaseUrl, cwd: workDir, env: extra });
  return { id, run, databaseUrl };
}

describe.concurrent("duizhao translate", { timeout: 120_000 }, () => {
  test("prints the estimate, then progress, then the summary; a second run finds nothing to draft", async ({ expect }) => {
    const { id, run } = await importDocument("第一段。\n\n第二段。\n\n第三段。\n");
    const dry = await run(["translate", id, "--dry-run"], env());
    expect(dry).toMatchObject({ code: 0, stdout: "3 paragraphs to draft (0 from the cache): 3 requests, 12 characters to send.\n" });
    const result = await run(["translate", id, "--limit", "2", "--only-empty"], env());
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("2 paragraphs to draft (0 from the cache): 2 requests, 8 characters to send.");
    expect(lines.slice(1, 3)).toEqual([expect.stringMatching(/^\[1\/2\] ¶[12] drafted$/), expect.stringMatching(/^\[2\/2\] ¶[12] drafted$/)]);
    expect(lines[3]).toBe("Filled 2, failed 0, skipped 0.");
    const exported = JSON.parse((await run(["export", id, "--format", "json"], {})).stdout);
    expect(JSON.stringify(exported)).toContain("EN<第一段。>");
    expect(JSON.stringify(exported)).not.toContain(KEY);
    const rest = await run(["translate", id], env());
    expect(rest.stdout).toBe(
      "1 paragraph to draft (0 from the cache): 1 request, 4 characters to send.\n[1/3] ¶1 skipped: it has a translation\n[2/3] ¶2 skipped: it has a translation\n[3/3] ¶3 drafted\nFilled 1, failed 0, skipped 2.\n",
    );
    expect(`${result.stdout}${result.stderr}${rest.stdout}${rest.stderr}`).not.toContain(KEY);
  });

  test("answers a repeated paragraph from the cache: nothing is sent for it", async ({ expect }) => {
    const { id, run, databaseUrl } = await importDocument("缓存命令行。\n");
    expect((await run(["translate", id], env({ DUIZHAO_MT_MODEL: "fake-cache" }))).stdout).toContain("Filled 1");
    const sent = fake.translations().length;
    const other = (await importDocument("缓存命令行。\n", databaseUrl)).id;
    expect((await run(["translate", other, "--dry-run"], env({ DUIZHAO_MT_MODEL: "fake-cache" }))).stdout).toBe(
      "1 paragraph to draft (1 from the cache): 0 requests, 0 characters to send.\n",
    );
    expect((await run(["translate", other], env({ DUIZHAO_MT_MODEL: "fake-cache" }))).stdout).toContain("Filled 1, failed 0, skipped 0.");
    expect(fake.translations().filter((request) => (request.body as { model?: string }).model === "fake-cache")).toHaveLength(1);
    expect(fake.translations().length).toBeGreaterThanOrEqual(sent);
  });

  test("says how to configure MT when nothing is, without a stack trace", async ({ expect }) => {
    const { id, run } = await importDocument("未配置。\n");
    const result = await run(["translate", id], NO_MT);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^duizhao: No machine translation provider is configured\. .*DUIZHAO_MT_PROVIDER/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("reports a provider that refuses the key as failed paragraphs, exit code 1, the key never printed", async ({ expect }) => {
    const { id, run } = await importDocument("错误密钥。\n");
    const result = await run(["translate", id], env({ DUIZHAO_MT_API_KEY: "sk-wrong-SECRET-1234", DUIZHAO_MT_MODEL: "fake-wrong" }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("[1/1] ¶1 failed: The machine translation provider failed: HTTP 401: Incorrect API key provided.");
    expect(result.stdout).toContain("Filled 0, failed 1, skipped 0.");
    expect(`${result.stdout}${result.stderr}`).not.toContain("sk-wrong-SECRET-1234");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("refuses a bad --limit and an unknown document clearly", async ({ expect }) => {
    const { run } = await importDocument("参数。\n");
    expect(await run(["translate", "1", "--limit", "x"], env())).toMatchObject({ code: 1, stderr: expect.stringContaining('Invalid --limit "x"') });
    expect(await run(["translate", "99"], env())).toMatchObject({ code: 1, stderr: expect.stringContaining("No document with id 99") });
  });
});
