import "server-only";
import { readFile } from "node:fs/promises";
import { DEFAULT_CLEANUP_CHOICES } from "@/lib/core/clean/clean-text";
import { prepareImport } from "@/lib/core/import/prepare-import";
import { readImportSource } from "@/lib/core/import/read-import-source";
import { prisma } from "./db";
import { createDocument } from "./documents";
import { isUniqueViolation } from "./map-rows";

const SEEDED_KEY = "demoSeeded";

export const DEMO_TITLE = "危難之時顯身手：隨州市城管執法委全員戰疫工作紀實";
const DEMO_NOTE = "Demo: a real forum page as scraped, with anti-scraping junk, pinyin glosses and mojibake.";

/**
 * Imports the demo document the first time a database is set up, so a new user sees a real page.
 * Returns its id, or null when this database already had it (even if it was deleted since).
 */
export async function ensureDemoDocument({ file }: { file: string }): Promise<number | null> {
  const source = await readImportSource({ bytes: await readFile(file), fileName: file });
  const prepared = prepareImport(source, { title: DEMO_TITLE, cleanup: DEFAULT_CLEANUP_CHOICES, note: DEMO_NOTE });
  // Claiming the key first means two instances starting together import the demo once.
  const claimed = await prisma.setting
    .create({ data: { key: SEEDED_KEY, value: new Date().toISOString() }, select: { key: true } })
    .then(() => true, (error: unknown) => (isUniqueViolation(error) ? false : Promise.reject(error)));
  if (!claimed) return null;
  try {
    return (await createDocument(prepared)).id;
  } catch (error) {
    await prisma.setting.delete({ where: { key: SEEDED_KEY } });
    throw error;
  }
}
