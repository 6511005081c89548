// Figures and verdicts of a run, printed as a reader would want them.
import type { ImportRun } from "./import-loop";
import type { SaveLog, SaveOutcome } from "./save-log";
import type { Check } from "./verify";

/** The value below which a share p of the sorted samples fall (nearest rank), as bench/run.ts. */
export function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** "12× message" lines, most frequent first. */
export function tally(messages: string[], indent = "    "): string[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([message, count]) => `${indent}${count}× ${message}`);
}

export function saveFigures(log: SaveLog): string[] {
  const count = (outcome: SaveOutcome) => log.records.filter((record) => record.outcome === outcome).length;
  const answered = log.records.filter((record) => record.outcome !== "network").map((record) => record.ms).sort((a, b) => a - b);
  const ms = (p: number) => `${percentile(answered, p).toFixed(1)} ms`;
  const errors = log.records.filter((r) => r.outcome === "error-code" || r.outcome === "http-error" || r.outcome === "network");
  return [
    `saves: ${log.records.length} requests: ${count("saved")} saved, ${count("conflict")} conflicts (resent as "keep mine"), ` +
      `${count("error-code")} error codes, ${count("http-error")} HTTP errors, ${count("network")} without an answer`,
    ...tally(errors.map((r) => `${r.outcome}: ${r.detail}`)),
    `save latency (${answered.length} answered requests): median ${ms(0.5)}, p95 ${ms(0.95)}, p99 ${ms(0.99)}`,
  ];
}

/** One line for a logged error: its class, Prisma code, message and the driver adapter's kind. */
export function describeLoggedError(text: string): string {
  const name = text.match(/\[(\w*Error)\]/)?.[1] ?? text.match(/(\w*Error)\b/)?.[1];
  const code = text.match(/code: '([^']+)'/)?.[1] ?? text.match(/SQLITE_[A-Z_]+/)?.[0];
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  const invocation = lines.findIndex((line) => /^Invalid `.*` invocation/.test(line));
  // Prisma prints the call, a code frame, then the message just before the stack.
  const stack = lines.findIndex((line, i) => i > invocation && /^at /.test(line));
  const said = invocation >= 0 ? lines[(stack > invocation + 1 ? stack : invocation + 2) - 1] : lines[0];
  const message = invocation >= 0 ? `${lines[invocation].match(/`(.*)`/)?.[1]}: ${said}` : said;
  const adapter = text.match(/DriverAdapterError\]?: (\w+)/)?.[1];
  return [name, code, message?.slice(0, 120), adapter && `(driver adapter: ${adapter})`].filter(Boolean).join(" ");
}

function cliMessage(run: ImportRun): string {
  return run.stderr.trim() ? describeLoggedError(run.stderr) : `exit code ${run.code}`;
}

export function importFigures(runs: ImportRun[]): string[] {
  const by = (verdict: ImportRun["verdict"]) => runs.filter((run) => run.verdict === verdict);
  const ms = runs.map((run) => run.ms).sort((a, b) => a - b);
  return [
    `CLI import --into: ${runs.length} runs, ${by("ok").length} ok, ${by("conflict").length} refused as a conflict, ` +
      `${by("failed").length} failed (median ${(percentile(ms, 0.5) / 1000).toFixed(1)} s a run); ` +
      `${runs.reduce((sum, run) => sum + run.conflicts, 0)} paragraphs kept as conflicts (changed since the export)`,
    ...tally(by("failed").map(cliMessage)),
    ...tally(by("conflict").map(cliMessage)),
  ];
}

/** "unexpected error" reports (and crashes) in the server's log, each described in one line. */
export function serverErrors(log: string): string[] {
  const lines = log.split("\n");
  const found: string[] = [];
  lines.forEach((line, i) => {
    const where = line.match(/^\[(\w+)\] unexpected error|⨯|uncaughtException|unhandledRejection/);
    if (!where) return;
    found.push(`${where[1] ?? line.trim().slice(0, 40)}: ${describeLoggedError(lines.slice(i, i + 16).join("\n").replace(where[0], ""))}`);
  });
  return found;
}

export function checkLines(checks: Check[]): string[] {
  return checks.flatMap((c) => [
    `  ${c.failures === 0 ? "ok  " : "FAIL"}  ${c.name}: ${c.failures} of ${c.of}`,
    ...c.examples.map((example) => `          e.g. ${example.slice(0, 160)}`),
  ]);
}
