import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, test } from "vitest";
import { MAX_IMPORT_BYTES } from "@/lib/core/limits";
import en from "@/messages/en.json";
import { runCli as runCliOn, type CliResult } from "./testing/run-cli";

// Runs the real CLI in child processes. Every test has its own SQLite file (each run migrates it anyway),
// so the tests run concurrently.

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const sample = path.join(projectRoot, "samples", "demo-forum-page.txt");
const workDir = mkdtempSync(path.join(tmpdir(), "duizhao-cli-"));
let databases = 0;

afterAll(() => rmSync(workDir, { recursive: true, force: true }));


function newDatabaseUrl(): string {
  databases += 1;
  return `file:${path.join(workDir, `cli-${databases}.db`)}`;
}

function runCli(args: string[], databaseUrl: string): Promise<CliResult> {
  return runCliOn(args, { databaseUrl, cwd: workDir });
}

async function listIds(databaseUrl: string): Promise<number[]> {
  const { code, stdout, stderr } = await runCli(["list", "--json"], databaseUrl);
  if (code !== 0) throw new Error(`list --json failed: ${stderr}`);
  return (JSON.parse(stdout) as { id: number }[]).map((document) => document.id);
}

function writeWorkFile(name: string, content: string | Uint8Array): string {
  const file = path.join(workDir, name);
  writeFileSync(file, content);
  return file;
}

// Each CLI run starts Node with tsx (about a second on an idle machine): generous on a busy CI runner.
describe.concurrent("duizhao CLI", { timeout: 180_000 }, () => {
  test("XLIFF 2.0 and TMX round trip: import with translations, export, import into a new document, glossary TBX", async ({ expect }) => {
    const db = newDatabaseUrl();
    const samples = new URL("../lib/core/formats/__fixtures__/", import.meta.url);
    const first = await runCli(["import", fileURLToPath(new URL("sample.xliff20.xlf", samples))], db);
    expect(first.code).toBe(0);
    const id = first.stdout.trim();
    for (const format of ["xliff20", "tmx"]) {
      const file = path.join(workDir, `${id}-${format}.${format === "tmx" ? "tmx" : "xlf"}`);
      expect((await runCli(["export", id, "--format", format, "-o", file], db)).code).toBe(0);
      const again = await runCli(["import", file], db);
      expect(again.code).toBe(0);
      const [before, after] = await Promise.all([id, again.stdout.trim()].map((n) => runCli(["export", n, "--format", "json"], db)));
      const rows = (out: string) => (JSON.parse(out).segments as { source: string; target: string; status: string }[]).map(({ source, target, status }) => ({ source, target, status }));
      const expected = rows(before.stdout).filter((row) => format !== "tmx" || row.target !== "");
      expect(rows(after.stdout)).toEqual(expected);
    }
    const into = await runCli(["import", fileURLToPath(new URL("sample.xliff12.xlf", samples)), "--into", id], db);
    expect(into.stderr).toMatch(/^Updated 0 paragraphs; 6 unchanged; 0 units of the file not found/);
    const bad = writeWorkFile("bad.tmx", "<tmx version='1.4'><body>");
    expect(await runCli(["import", bad, "--into", id], db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/not well-formed XML/) });
    expect((await runCli(["glossary", "import", fileURLToPath(new URL("glossary.tbx", samples))], db)).stderr).toMatch(/^Added 3 terms/);
    expect((await runCli(["glossary", "export", "--format", "csv"], db)).stdout).toContain('"点赞","like 👍","","preferred"');
  });

  test("a review XLSX: export, a reviewer's edit, import --into; another document's file is refused", async ({ expect }) => {
    const db = newDatabaseUrl();
    const samples = new URL("../lib/core/formats/__fixtures__/", import.meta.url);
    const id = (await runCli(["import", fileURLToPath(new URL("sample.xliff20.xlf", samples))], db)).stdout.trim();
    const other = (await runCli(["import", sample, "--raw"], db)).stdout.trim();
    const file = path.join(workDir, `${id}.review.xlsx`);
    expect(await runCli(["export", id, "--format", "review-xlsx"], db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/XLSX is a binary file/) });
    expect((await runCli(["export", id, "--format", "review-xlsx", "-o", file], db)).code).toBe(0);
    const { editReviewXlsx } = await import("@/lib/core/testing/edit-review-file");
    const { parseReviewFile } = await import("@/lib/core/formats/parse-review-file");
    const [first] = (await parseReviewFile(new Uint8Array(readFileSync(file)))).rows;
    const edited = writeWorkFile("edited.review.xlsx", await editReviewXlsx(new Uint8Array(readFileSync(file)), [{ id: first.id, target: "Reviewed.", comment: "Good." }]));
    expect(await runCli(["import", edited, "--into", other], db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/belongs to another document \(document \d+/) });
    const into = await runCli(["import", edited, "--into", id], db);
    expect(into).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Updated 1 paragraph \(paragraphs 1\) by review; 5 unchanged; 1 comment saved as notes\.\n$/) });
    const json = JSON.parse((await runCli(["export", id, "--format", "json"], db)).stdout) as { segments: { target: string }[] };
    expect(json.segments[0].target).toBe("Reviewed.");
  });

  test("export --prefill-target gives an untranslated paragraph its source as target, which does not come back as a translation", async ({ expect }) => {
    const db = newDatabaseUrl();
    const id = (await runCli(["import", fileURLToPath(new URL("../lib/core/formats/__fixtures__/sample.xliff20.xlf", import.meta.url))], db)).stdout.trim();
    const prefilled = await runCli(["export", id, "--format", "xliff12", "--prefill-target"], db);
    expect(prefilled.stdout).toContain('<target state="new">还没翻译的段落。</target>');
    const file = writeWorkFile("prefilled.xlf", prefilled.stdout);
    expect((await runCli(["import", file, "--into", id], db)).stderr).toMatch(/^Updated 0 paragraphs; 6 unchanged/);
  });

  test("import --raw prints only the new id, export round-trips the file and list shows it", async ({ expect }) => {
    const db = newDatabaseUrl();
    const imported = await runCli(["import", sample, "--raw"], db);
    expect(imported.stderr).toMatch(/^Imported "demo-forum-page": \d+ paragraphs \(utf-8, Traditional\)\n$/);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^\d+\n$/);
    const id = Number(imported.stdout);

    const exported = await runCli(["export", String(id), "--format", "json"], db);
    expect(exported.code).toBe(0);
    const json = JSON.parse(exported.stdout);
    const lines = readFileSync(sample, "utf8")
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    expect(json).toMatchObject({ id, title: "demo-forum-page" });
    expect(json.segments.map((segment: { source: string }) => segment.source)).toEqual(lines);
    expect(json.segments[0]).toEqual({ index: 1, kind: expect.any(String), source: lines[0], target: "", status: "untranslated" });

    const listed = await runCli(["list"], db);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+${lines.length}\\s+0%\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+demo-forum-page$`, "m"));
  });

  test("import cleans the page as the preview does: junk, glosses and chrome gone, captions kept", async ({ expect }) => {
    const db = newDatabaseUrl();
    const imported = await runCli(["import", sample, "--source-url", "https://example.com/post", "--note", "forum"], db);
    expect(imported.code).toBe(0);
    const { segments, sourceUrl, note } = JSON.parse((await runCli(["export", imported.stdout.trim()], db)).stdout);
    expect([sourceUrl, note]).toEqual(["https://example.com/post", "forum"]);
    const sources: string[] = segments.map((s: { source: string }) => s.source);
    expect(sources[0]).toBe("危難之時顯身手 隨州市城管執法委全員戰疫工作紀實");
    expect(sources.join("\n")).not.toMatch(/c6 p, R#|\((zhí|qū)\)|下載附件|上傳|注冊/);
    expect(segments.find((s: { source: string }) => s.source === "小區防疫執勤")?.kind).toBe("caption");
    expect(segments.find((s: { source: string }) => s.source === "迎難而上 向險而進")?.kind).toBe("heading");
  });

  test("clean prints the cleaned text, or JSON with what was removed and flagged", async ({ expect }) => {
    const [plain, json, noPinyin] = await Promise.all([
      runCli(["clean", sample], "file:/nonexistent/never-opened.db"),
      runCli(["clean", sample, "--json"], "file:/nonexistent/never-opened.db"),
      runCli(["clean", sample, "--json", "--no-pinyin"], "file:/nonexistent/never-opened.db"),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stdout.split("\n\n")[0]).toBe("危難之時顯身手 隨州市城管執法委全員戰疫工作紀實");
    const out = JSON.parse(json.stdout);
    expect(out.encoding).toBe("utf-8");
    expect(out.paragraphs[0]).toEqual({ text: "危難之時顯身手 隨州市城管執法委全員戰疫工作紀實", kind: "heading" });
    const categories = new Set(out.removed.map((r: { category: string }) => r.category));
    for (const category of ["jammer", "pinyin", "chrome", "html", "punctuation"]) expect(categories).toContain(category);
    expect(out.removed.find((r: { text: string }) => r.text.includes("c6 p, R#"))).toMatchObject({ category: "jammer", paragraph: 1 });
    expect(out.flags.some((f: { category: string }) => f.category === "mojibake")).toBe(true);
    const withGlosses = JSON.parse(noPinyin.stdout);
    expect(withGlosses.paragraphs.map((p: { text: string }) => p.text).join("")).toContain("執(zhí)法委");
  });

  test("export --output writes the same JSON to a file", async ({ expect }) => {
    const db = newDatabaseUrl();
    const id = (await runCli(["import", sample, "--title", "Forum page"], db)).stdout.trim();
    const output = path.join(workDir, `export-${id}-${databases}.json`);
    const [toStdout, toFile] = await Promise.all([runCli(["export", id], db), runCli(["export", id, "--output", output], db)]);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe("");
    expect(readFileSync(output, "utf8")).toBe(toStdout.stdout);
    expect(JSON.parse(toStdout.stdout).title).toBe("Forum page");
  });

  test("refused imports exit 1 with a clear message and write nothing", async ({ expect }) => {
    const db = newDatabaseUrl();
    const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const png = writeWorkFile("image.png", pngBytes);
    const binaryTxt = writeWorkFile("data.txt", new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x7f, 0x00, 0x03, 0x04]));
    const empty = writeWorkFile("empty.txt", " \n\u3000\n");
    const large = writeWorkFile("large.txt", "大".repeat(2 * 1024 * 1024)); // 3 bytes each: 6 MiB
    const cases = [
      { file: png, message: en.Errors.UNSUPPORTED_FORMAT.replace("{name}", "image.png") },
      { file: binaryTxt, message: en.Errors.BINARY_FILE },
      { file: empty, message: en.Errors.EMPTY_SOURCE },
      { file: large, message: `${MAX_IMPORT_BYTES / 1024 / 1024} MB` },
      { file: path.join(workDir, "missing.txt"), message: /Cannot read .*missing\.txt: no such file/ },
    ];
    const results = await Promise.all(cases.map(({ file }) => runCli(["import", file], db)));
    results.forEach((result, i) => {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(cases[i].message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    });
    expect(await listIds(db)).toEqual([]);
  });

  test("a source URL other than http(s) is refused on every import path and nothing is written", async ({ expect }) => {
    const db = newDatabaseUrl();
    const xliff = fileURLToPath(new URL("../lib/core/formats/__fixtures__/sample.xliff20.xlf", import.meta.url));
    const results = await Promise.all([
      runCli(["import", sample, "--source-url", "javascript:alert(document.cookie)"], db),
      runCli(["import", sample, "--raw", "--source-url", "data:text/html,<script>alert(1)</script>"], db),
      runCli(["import", xliff, "--source-url", "javascript:alert(1)"], db),
    ]);
    for (const result of results) {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("http:// or https://");
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await listIds(db)).toEqual([]);
    const fine = await runCli(["import", sample, "--source-url", "https://example.com/a?b=1"], db);
    expect(fine.code).toBe(0);
  });

  test("bad arguments exit 1 with a message", async ({ expect }) => {
    const db = newDatabaseUrl();
    const results = await Promise.all([
      runCli(["export", "1", "--format", "xliff"], db),
      runCli(["export", "abc"], db),
      runCli(["export", "42"], db),
      runCli(["transmogrify"], db),
      runCli(["list", "--colour"], db),
    ]);
    expect(results.map((result) => result.code)).toEqual([1, 1, 1, 1, 1]);
    expect(results[0].stderr).toMatch(/Unknown format "xliff"\. Valid formats: tmx, xliff12, xliff20, csv, tsv, html, md, docx, txt, json/);
    expect(results[1].stderr).toMatch(/Invalid document ID "abc"/);
    expect(results[2].stderr).toMatch(/No document with id 42/);
    expect(results[3].stderr).toMatch(/Unknown command "transmogrify"/);
    expect(results[4].stderr).toMatch(/Unknown option '--colour'/);
  });

  test("--help names the subcommands, each has its own help, --version prints the version", async ({ expect }) => {
    const db = newDatabaseUrl();
    const [help, importHelp, version] = await Promise.all([
      runCli(["--help"], db),
      runCli(["import", "--help"], db),
      runCli(["--version"], db),
    ]);
    expect(help.code).toBe(0);
    for (const name of ["import", "list", "export", "setup"]) expect(help.stdout).toContain(`  ${name}`);
    expect(importHelp.code).toBe(0);
    expect(importHelp.stdout).toMatch(/^Usage: duizhao import FILE/);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")).version);
  });

  test("setup imports the demo document once", async ({ expect }) => {
    const db = newDatabaseUrl();
    const first = await runCli(["setup"], db);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Demo document: imported .* as id \d+/);
    const second = await runCli(["setup"], db);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/already imported/);
    expect(await listIds(db)).toHaveLength(1);
  });
  test("memory import, list and delete; search finds both scripts and English whole words, with --json", async ({ expect }) => {
    const db = newDatabaseUrl();
    const { tmxOfPairs } = await import("@/lib/core/memory/tmx-of-pairs");
    const tmx = writeWorkFile("city.tmx", tmxOfPairs([{ source: "隨州市今天發佈通告。", target: "Suizhou issued a notice today." }], "zh-Hant"));
    const imported = await runCli(["memory", "import", tmx], db);
    expect(imported).toMatchObject({ code: 0, stderr: 'Imported memory "city": 1 unit.\n' });
    const id = imported.stdout.trim();
    expect((await runCli(["memory", "list"], db)).stdout).toMatch(new RegExp(`^${id}\\s+1\\s+city\\.tmx\\s+city$`, "m"));

    const found = await runCli(["search", "随州"], db);
    expect(found.stdout).toBe('TMX memory "city" (memory ' + id + ")\n  »隨州«市今天發佈通告。\n  Suizhou issued a notice today.\n");
    const json = JSON.parse((await runCli(["search", "NOTICE", "--json"], db)).stdout);
    expect(json).toMatchObject([{ target: "Suizhou issued a notice today.", targetRanges: [{ start: 17, end: 23 }], origin: { kind: "tmx" } }]);
    expect(await runCli(["search", "notic"], db)).toMatchObject({ code: 0, stdout: "", stderr: 'Nothing found for "notic".\n' });
    expect(await runCli(["search"], db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/Missing TEXT/) });

    const bad = writeWorkFile("broken.tmx", "<tmx version='1.4'><body>");
    expect(await runCli(["memory", "import", bad], db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/not well-formed XML/) });
    expect((await runCli(["memory", "delete", id], db)).code).toBe(0);
    expect(await runCli(["memory", "list", "--json"], db)).toMatchObject({ code: 0, stdout: expect.stringContaining('"memories": []') });
  });
  test("search keeps the memory index beside the database between runs, and still sees every change", async ({ expect }) => {
    const db = newDatabaseUrl();
    const indexFile = `${db.slice("file:".length)}.memory-index`;
    const { tmxOfPairs } = await import("@/lib/core/memory/tmx-of-pairs");
    const importTmx = async (name: string, source: string, target: string) =>
      (await runCli(["memory", "import", writeWorkFile(`${name}.tmx`, tmxOfPairs([{ source, target }], "zh-Hant"))], db)).stdout.trim();
    const targets = async () => (JSON.parse((await runCli(["search", "随州", "--json"], db)).stdout) as { target: string }[]).map((hit) => hit.target);

    const first = await importTmx("first", "隨州市今天發佈通告。", "Suizhou issued a notice today.");
    expect(await targets()).toEqual(["Suizhou issued a notice today."]);
    const savedAt = statSync(indexFile).mtimeMs;
    // Nothing changed: the saved index answers and is not written again.
    expect(await targets()).toEqual(["Suizhou issued a notice today."]);
    expect(statSync(indexFile).mtimeMs).toBe(savedAt);

    await importTmx("second", "随州的公园开放了。", "Suizhou's parks opened.");
    expect(await targets()).toEqual(["Suizhou's parks opened.", "Suizhou issued a notice today."]);
    expect((await runCli(["memory", "delete", first], db)).code).toBe(0);
    expect(await targets()).toEqual(["Suizhou's parks opened."]);

    // A damaged file is built again, without a word about it.
    writeFileSync(indexFile, "not an index");
    expect(await runCli(["search", "随州"], db)).toMatchObject({ code: 0, stderr: "", stdout: expect.stringContaining("Suizhou's parks opened.") });
    expect(statSync(indexFile).size).toBeGreaterThan(100);
  });
});
