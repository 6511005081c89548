import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test as base } from "@playwright/test";
import { DocumentsPage } from "./pages/documents-page";
import { DocumentPage } from "./pages/document-page";

/** The database the test server uses (see playwright.config.ts). */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

type SeedOptions = { cleaned?: boolean };

/**
 * Imports a document through the CLI, i.e. through the same core and data layer as the app: one
 * paragraph per line as given, or cleaned as the import preview cleans by default.
 */
function seedDocument(text: string, title: string, cleaned: boolean): number {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-e2e-"));
  try {
    const file = path.join(dir, "source.txt");
    writeFileSync(file, text);
    const out = execFileSync(process.execPath, ["bin/duizhao.js", "import", file, "--title", title, ...(cleaned ? [] : ["--raw"])], {
      env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
      encoding: "utf8",
    });
    return Number(out.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run in a child Node process: better-sqlite3 ships no types, and pg needs no setup there either.
const STORE_SOURCE_URL = `
const [url, id, value] = process.argv.slice(1);
if (/^postgres(ql)?:/.test(url)) {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url });
  client.connect()
    .then(() => client.query('UPDATE "Document" SET "sourceUrl" = $1 WHERE id = $2', [value, Number(id)]))
    .then(() => client.end());
} else {
  const db = new (require("better-sqlite3"))(url.replace(/^file:/, ""));
  db.prepare('UPDATE "Document" SET "sourceUrl" = ? WHERE id = ?').run(value, Number(id));
  db.close();
}`;

/**
 * Writes a document's source URL straight into the database, bypassing every check: data stored before
 * the URL check (or migrated from elsewhere) that the app must still show and export safely.
 */
export function storeSourceUrlUnchecked(id: number, value: string): void {
  execFileSync(process.execPath, ["-e", STORE_SOURCE_URL, E2E_DATABASE_URL, String(id), value], { stdio: "inherit" });
}

type Fixtures = {
  documentsPage: DocumentsPage;
  documentPage: DocumentPage;
  seedDocument: (text: string, title?: string, options?: SeedOptions) => number;
};

export const test = base.extend<Fixtures>({
  documentsPage: async ({ page }, use) => use(new DocumentsPage(page)),
  documentPage: async ({ page }, use) => use(new DocumentPage(page)),
  seedDocument: async ({}, use, testInfo) =>
    use((text, title = `${testInfo.title} ${Date.now()}`, options = {}) => seedDocument(text, title, options.cleaned ?? false)),
});

export { expect } from "@playwright/test";
