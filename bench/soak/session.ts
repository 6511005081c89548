// What the soak and the kill test share: a generated document, the production server on it, the
// save action's address, a reader of the database, and the writers over it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { callServerAction, findActionId, type ActionTarget } from "./action-client";
import { openDatabase, type DatabaseReader, type SegmentRow } from "./database";
import { runCliOrThrow } from "./run-cli";
import { SaveLog } from "./save-log";
import { startServer, type Server } from "./server";
import { runWriter, type TypedEdit } from "./writer";
import { seededRandom } from "@/lib/core/testing/seeded-random";

export const PARAGRAPHS = 300;
const SHARED = 8;

export type Session = {
  root: string;
  databaseUrl: string;
  folder: string;
  logFile: string;
  documentId: number;
  rows: SegmentRow[];
  server: Server;
  reader: DatabaseReader;
  action: ActionTarget;
  /** Where a conflict's resolution sets a discarded text aside (keepRefusedTextAction). */
  keepRefusedAction: ActionTarget;
  log: SaveLog;
};

/** The demo page's lines, numbered and repeated to `count` paragraphs. */
function generatedText(root: string, count: number): string {
  const lines = readFileSync(path.join(root, "samples/demo-forum-page.txt"), "utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
  return Array.from({ length: count }, (_, i) => `${i + 1}. ${lines[i % lines.length].trim()}`).join("\n");
}

export async function openSession({ root, databaseUrl, folder, port }: { root: string; databaseUrl: string; folder: string; port: number }): Promise<Session> {
  const sourceFile = path.join(folder, "source.txt");
  writeFileSync(sourceFile, generatedText(root, PARAGRAPHS));
  const documentId = Number((await runCliOrThrow(root, databaseUrl, ["import", sourceFile, "--raw", "--title", "Soak test"])).trim());
  const logFile = path.join(folder, "server.log");
  const server = await startServer({ root, port, databaseUrl, logFile });
  const reader = await openDatabase(databaseUrl);
  const rows = await reader.segments(documentId);
  const actionId = findActionId(root, "app/documents/[id]/actions.ts", "saveSegmentAction");
  const action = { baseUrl: server.baseUrl, pagePath: `/documents/${documentId}`, actionId };
  const keepRefusedAction = { ...action, actionId: findActionId(root, "app/documents/[id]/actions.ts", "keepRefusedTextAction") };
  return { root, databaseUrl, folder, logFile, documentId, rows, server, reader, action, keepRefusedAction, log: new SaveLog() };
}

export type WritersPlan = { writers: number; seed: number; intervalMs: number; goOn: (k: number) => boolean; timeoutMs: number };

/**
 * Runs the writers side by side: each edits the first paragraphs, which all share (conflicts), and
 * its own share of the others.
 */
export async function runWriters(session: Session, plan: WritersPlan): Promise<TypedEdit[]> {
  const shared = session.rows.slice(0, SHARED);
  const results = await Promise.all(
    Array.from({ length: plan.writers }, (_, index) =>
      runWriter({
        index,
        shared,
        own: session.rows.slice(SHARED).filter((_, i) => i % plan.writers === index),
        actions: {
          save: session.log.saveAction(session.action, index),
          keepRefused: (request) => callServerAction(session.keepRefusedAction, [request]),
        },
        random: seededRandom(plan.seed + index),
        intervalMs: plan.intervalMs,
        goOn: plan.goOn,
        timeoutMs: plan.timeoutMs,
      }),
    ),
  );
  return results.flat();
}

export async function closeSession(session: Session): Promise<{ serverLog: string }> {
  await session.server.stop();
  return { serverLog: readFileSync(session.logFile, "utf8") };
}
