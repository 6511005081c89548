import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, test } from "vitest";
import { runCli as runCliOn, type CliResult } from "./testing/run-cli";

// `duizhao glossary import|export` run for real on the writers' golden files and on files other tools
// write; each test has its own SQLite file.

const fixtures = new URL("../lib/core/formats/__fixtures__/", import.meta.url);
const fixture = (name: string) => fileURLToPath(new URL(name, fixtures));
const workDir = mkdtempSync(path.join(tmpdir(), "duizhao-glossary-cli-"));
let databases = 0;

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function newDatabaseUrl(): string {
  databases += 1;
  return `file:${path.join(workDir, `glossary-${databases}.db`)}`;
}

const runCli = (args: string[], databaseUrl: string): Promise<CliResult> => runCliOn(args, { databaseUrl, cwd: workDir });

function writeWorkFile(name: string, content: string | Uint8Array): string {
  const file = path.join(workDir, name);
  writeFileSync(file, content);
  return file;
}

const OMEGAT_JAR = "/usr/share/omegat/OmegaT.jar";

// OmegaT's own CSV glossary reader (Debian's omegat 3.6), run through Java's source launcher.
const READ_WITH_OMEGAT = `
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderCSV;
public class ReadWithOmegat {
  public static void main(String[] args) throws Exception {
    for (GlossaryEntry entry : GlossaryReaderCSV.read(new java.io.File(args[0]), false))
      System.out.println(entry.getSrcText() + "\\t" + entry.getLocText() + "\\t" + entry.getCommentText());
  }
}`;

function hasJava(): boolean {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return existsSync(OMEGAT_JAR);
  } catch {
    return false;
  }
}

describe.concurrent("duizhao glossary", { timeout: 300_000 }, () => {
  test("imports TBX 2008, TBX v3 and CSV, says what it added, updated and skipped, and exports all three", async ({ expect }) => {
    const db = newDatabaseUrl();
    expect(await runCli(["glossary", "import", fixture("glossary.tbx3.tbx")], db)).toMatchObject({
      code: 0,
      stderr: expect.stringContaining("Added 3 terms, updated 0, skipped 0 from"),
    });
    expect((await runCli(["glossary", "import", fixture("glossary.tbx")], db)).stderr).toMatch(
      /Added 0 terms, updated 0, skipped 3 \(already in the glossary as they are, or repeated in the file\) from .*glossary\.tbx \(TBX-Basic 2008\)/,
    );
    // The CSV export writes a note's line break as a space, so that one term's note changes.
    expect((await runCli(["glossary", "import", fixture("glossary.csv")], db)).stderr).toMatch(/Added 0 terms, updated 1, skipped 2 .*\(CSV\)/);
    const csv = path.join(workDir, "out.csv");
    expect(await runCli(["glossary", "export", "--format", "csv", "-o", csv], db)).toMatchObject({ code: 0, stderr: expect.stringContaining("Wrote 3 terms (csv)") });
    const lines = (file: string) => readFileSync(file, "utf8").split("\r\n").sort();
    expect(lines(csv), "the same file, in the glossary's order").toEqual(lines(fixture("glossary.csv")));
    const tbx3 = (await runCli(["glossary", "export", "--format", "tbx3"], db)).stdout;
    expect(tbx3).toMatch(/^<\?xml[^>]*>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca"/);
    expect(tbx3.match(/<conceptEntry /g)).toHaveLength(3);
  });

  test("files from other tools: OmegaT's comment column, a TBX entry without English, a GBK CSV", async ({ expect }) => {
    const db = newDatabaseUrl();
    const omegat = writeWorkFile("omegat.csv", "\uFEFFsource,target,comment\n城管,urban management officers,civil enforcement\n隨州,Suizhou,\n城管,urban management officers,civil enforcement\n");
    expect((await runCli(["glossary", "import", omegat], db)).stderr).toMatch(/^Added 2 terms, updated 0, skipped 1 .*\(CSV\)\.\n$/);
    const tbx = writeWorkFile(
      "partial.tbx",
      `<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="a"><langSec xml:lang="zh-CN"><termSec><term>城管</term></termSec></langSec><langSec xml:lang="en"><termSec><term>urban management officers</term></termSec></langSec></conceptEntry>
<conceptEntry id="b"><langSec xml:lang="zh-CN"><termSec><term>只有中文</term></termSec></langSec></conceptEntry></body></text></tbx>`,
    );
    expect((await runCli(["glossary", "import", tbx], db)).stderr).toBe(
      `Added 0 terms, updated 1, skipped 0 from ${tbx} (TBX-Basic v3).\nLeft out 1 entry without both a Chinese and an English term.\n`,
    );
    // Excel on a Chinese Windows saves CSV as GBK: 执法,enforcement
    const gbk = writeWorkFile("excel.csv", new Uint8Array([...Buffer.from("source,target\r\n"), 0xd6, 0xb4, 0xb7, 0xa8, ...Buffer.from(",enforcement\r\n")]));
    expect((await runCli(["glossary", "import", gbk], db)).stderr).toMatch(/^Added 1 term, updated 0, skipped 0 from/);
    expect((await runCli(["glossary", "export", "--format", "csv"], db)).stdout).toContain('"执法","enforcement","","preferred"');
  });

  test("refuses a bad file with a message and exit code 1, changing nothing", async ({ expect }) => {
    const db = newDatabaseUrl();
    await runCli(["glossary", "import", fixture("glossary.tbx")], db);
    const before = (await runCli(["glossary", "export", "--format", "csv"], db)).stdout;
    const refusals: [string, string, RegExp][] = [
      ["no-header.csv", "城管,urban management\n", /This CSV could not be read \(line 1\): it needs a header with source and target/],
      ["bad-row.csv", "source,target\n新词,new word\n城管,\n", /\(line 3\)/],
      ["broken.tbx", "<martif><text><body><termEntry>", /not well-formed XML/],
      ["terms.txt", "城管\turban management\n", /reads a glossary from a CSV file with a header \(\.csv\) or a TBX file .*terms\.txt is neither\. Nothing was changed\./],
      ["english-only.tbx", '<martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="en"><tig><term>a</term></tig></langSet></termEntry></body></text></martif>', /no term pairing Chinese with English/],
    ];
    for (const [name, content, message] of refusals) {
      const result = await runCli(["glossary", "import", writeWorkFile(name, content)], db);
      expect(result, name).toMatchObject({ code: 1, stderr: expect.stringMatching(message) });
      expect(result.stderr, name).not.toMatch(/\n\s+at /);
    }
    expect(await runCli(["glossary", "import", path.join(workDir, "missing.csv")], db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/Cannot read .*missing\.csv: no such file/) });
    expect(await runCli(["glossary", "export", "--format", "tbx4"], db)).toMatchObject({ code: 1, stderr: expect.stringMatching(/Valid formats: tbx, tbx3, csv/) });
    expect((await runCli(["glossary", "export", "--format", "csv"], db)).stdout).toBe(before);
  });

  test.skipIf(!hasJava())("OmegaT's CSV glossary reader takes the export's columns as term, translation and comment", async ({ expect }) => {
    const db = newDatabaseUrl();
    await runCli(["glossary", "import", fixture("glossary.tbx")], db);
    const csv = path.join(workDir, "for-omegat.csv");
    expect((await runCli(["glossary", "export", "--format", "csv", "-o", csv], db)).code).toBe(0);
    const reader = writeWorkFile("ReadWithOmegat.java", READ_WITH_OMEGAT);
    const entries = execFileSync("java", ["-cp", OMEGAT_JAR, reader, csv], { encoding: "utf8" }).trimEnd().split("\n");
    // OmegaT 3.6 has no header row: it reads ours as a term "source" (matched only by a source text containing it).
    expect(entries).toEqual(["source\ttarget\tnote", "'=公式\t'-formula\tline break", "点赞\tlike 👍\t", "研发\tR&D\ta < b"]);
  });
});
