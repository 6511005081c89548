import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The soffice on PATH, or null. */
export async function findSoffice(): Promise<string | null> {
  try {
    return (await run("sh", ["-c", "command -v soffice"])).stdout.trim() || null;
  } catch {
    return null;
  }
}

/**
 * Opens a file in LibreOffice headless and saves it through the given filters in turn (e.g. "odt", then
 * "docx:MS Word 2007 XML"), as a reviewer re-saving it would. A profile of its own, so that a
 * LibreOffice already running (another test, the user's) does not take the conversion over.
 */
export async function convertWithLibreOffice(bytes: Uint8Array, name: string, filters: string[]): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), "duizhao-soffice-"));
  try {
    let file = path.join(dir, name);
    await writeFile(file, bytes);
    for (const [i, filter] of filters.entries()) {
      const outdir = path.join(dir, `step${i}`);
      const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
      await run("soffice", [profile, "--headless", "--norestore", "--convert-to", filter, "--outdir", outdir, file], { timeout: 120_000 });
      file = path.join(outdir, `${path.parse(file).name}.${filter.split(":")[0]}`);
    }
    return new Uint8Array(await readFile(file));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
