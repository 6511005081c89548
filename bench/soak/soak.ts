// The soak: writers saving through HTTP while the CLI imports into the same document.
import { exportXliff, runImportLoop, type ImportRun } from "./import-loop";
import type { SoakOptions } from "./options";
import { checkLines, importFigures, saveFigures, serverErrors, tally } from "./report";
import { closeSession, PARAGRAPHS, runWriters, type Session } from "./session";
import { appliedOnce, lostTexts, type Check } from "./verify";

export type Outcome = { passed: boolean; lines: string[] };
/** A test on an open session: runs, stops the server, reads the database back, judges. */
export type Scenario = (session: Session, options: SoakOptions, seed: number, random: () => number) => Promise<Outcome>;

/** Runs the soak on an open session; the server is stopped at the end. */
export const runSoak: Scenario = async (session, options, seed) => {
  const { writers, editsPerWriter, seconds } = options;
  const importIds = session.rows.filter((row) => row.position % 6 === 3).map((row) => row.id);
  // Exported before anyone writes: the file holds the loop's own texts only, never a writer's.
  const xliff = options.cli ? await exportXliff(session) : "";
  const [typed, imports] = await Promise.all([
    runWriters(session, {
      writers,
      seed,
      intervalMs: (seconds * 1000) / editsPerWriter,
      goOn: (k) => k < editsPerWriter,
      timeoutMs: 180_000,
    }),
    options.cli
      ? runImportLoop({ ...session, xliff, segmentIds: importIds, seconds })
      : Promise.resolve([] as ImportRun[]),
  ]);
  const { serverLog } = await closeSession(session);
  const evidence = {
    typed,
    saves: session.log.records,
    importedTexts: imports.filter((run) => run.verdict === "ok").flatMap((run) => [...run.texts].map(([segmentId, text]) => ({ segmentId, text }))),
    segments: await session.reader.segments(session.documentId),
    revisions: await session.reader.revisions(session.documentId),
  };
  const integrity = await session.reader.integrityCheck();
  const logged = serverErrors(serverLog);
  const errors = session.log.records.filter((r) => r.outcome === "error-code" || r.outcome === "http-error" || r.outcome === "network");
  const checks: Check[] = [
    ...lostTexts(evidence).slice(0, options.cli ? 2 : 1),
    ...appliedOnce(evidence),
    { name: "unexpected save answers (error code, HTTP error, no answer)", failures: errors.length, of: session.log.records.length, examples: [] },
    { name: "unexpected errors in the server's log", failures: logged.length, of: logged.length, examples: [] },
    ...(options.cli ? [{ name: "CLI import runs failed", failures: imports.filter((run) => run.verdict === "failed").length, of: imports.length, examples: [] }] : []),
    ...(integrity === null ? [] : [{ name: `PRAGMA integrity_check (${integrity})`, failures: integrity === "ok" ? 0 : 1, of: 1, examples: [] }]),
  ];
  const lines = [
    `${writers} writers × ${editsPerWriter} edits over ${seconds} s on document ${session.documentId} (${PARAGRAPHS} paragraphs)` +
      (options.cli ? `, CLI import --into loop for ${seconds} s` : ", no CLI loop"),
    ...saveFigures(session.log),
    ...(options.cli ? importFigures(imports) : []),
    ...(logged.length > 0 ? ["server log:", ...tally(logged)] : []),
    "checks:",
    ...checkLines(checks),
  ];
  return { passed: checks.every((c) => c.failures === 0), lines };
};
