// The kill test: the server killed with SIGKILL while writers save; each time started again as
// `npm start` would, the writers resending what got no answer under the same edit id.
import type { RevisionRow } from "./database";
import { checkLines, saveFigures, serverErrors, tally } from "./report";
import type { SaveRecord } from "./save-log";
import { closeSession, runWriters, type Session } from "./session";
import type { Scenario } from "./soak";
import { appliedOnce, lostTexts, type Check } from "./verify";

const MIN_EDITS = 40;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One SIGKILL: when it came, and the newest revision the database held once the server was dead. */
type Kill = { at: number; lastRevisionId: number; restartMs: number };

/** Kills the server `kills` times, each while a save is in flight (when one comes within 10 s: writers back off 3 s after a failure). */
async function killRepeatedly(session: Session, kills: number, random: () => number): Promise<Kill[]> {
  const done: Kill[] = [];
  for (let i = 1; i <= kills; i++) {
    await sleep(1_500 + random() * 2_500);
    const deadline = Date.now() + 10_000;
    while (session.log.inFlight === 0 && Date.now() < deadline) await sleep(5);
    const at = performance.now();
    await session.server.kill();
    const lastRevisionId = await session.reader.maxRevisionId();
    await session.server.restart();
    done.push({ at, lastRevisionId, restartMs: performance.now() - at });
  }
  return done;
}

/**
 * Per kill: the saves cut off by it, and how many of them the database had already committed (the
 * answer was lost, the resend under the same id must not apply them again).
 */
function killLines(kills: Kill[], saves: SaveRecord[], revisions: RevisionRow[]): string[] {
  const revisionIdOf = new Map(revisions.filter((r) => r.clientEditId).map((r) => [r.clientEditId, r.id]));
  return kills.map(({ at, lastRevisionId, restartMs }, i) => {
    const cut = saves.filter((s) => s.outcome === "network" && s.startedAt <= at && s.startedAt + s.ms >= at);
    const committed = cut.filter((s) => (revisionIdOf.get(s.clientEditId) ?? Infinity) <= lastRevisionId);
    return `  kill ${i + 1}: ${cut.length} save${cut.length === 1 ? "" : "s"} cut off, ${committed.length} of them committed before the kill; back after ${(restartMs / 1000).toFixed(1)} s`;
  });
}

export const runKillTest: Scenario = async (session, options, seed, random) => {
  let killsDone = false;
  const [typed, kills] = await Promise.all([
    runWriters(session, { writers: options.writers, seed, intervalMs: 50, goOn: (k) => k < MIN_EDITS || !killsDone, timeoutMs: 120_000 }),
    killRepeatedly(session, options.kills, random).finally(() => (killsDone = true)),
  ]);
  const { serverLog } = await closeSession(session);
  const evidence = {
    typed,
    saves: session.log.records,
    importedTexts: [],
    segments: await session.reader.segments(session.documentId),
    revisions: await session.reader.revisions(session.documentId),
  };
  const integrity = await session.reader.integrityCheck();
  const logged = serverErrors(serverLog);
  const answeredBadly = session.log.records.filter((r) => r.outcome === "error-code" || r.outcome === "http-error");
  const checks: Check[] = [
    ...lostTexts(evidence).slice(0, 1),
    ...appliedOnce(evidence),
    { name: "unexpected save answers (error code, HTTP error)", failures: answeredBadly.length, of: session.log.records.length, examples: [] },
    ...(integrity === null ? [] : [{ name: `PRAGMA integrity_check (${integrity})`, failures: integrity === "ok" ? 0 : 1, of: 1, examples: [] }]),
  ];
  const lines = [
    `${options.writers} writers saving every 50 ms, server killed ${options.kills} times (SIGKILL), ${typed.length} edits on document ${session.documentId}`,
    ...killLines(kills, session.log.records, evidence.revisions),
    ...saveFigures(session.log),
    ...(logged.length > 0 ? ["server log:", ...tally(logged)] : []),
    "checks:",
    ...checkLines(checks),
  ];
  return { passed: checks.every((c) => c.failures === 0), lines };
};
