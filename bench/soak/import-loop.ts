// The CLI beside the server: `duizhao import FILE.xlf --into ID` again and again, each time with an
// XLIFF exported from the same document whose targets of some paragraphs were changed.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { runCli, runCliOrThrow, type CliRun } from "./run-cli";

export type ImportRun = CliRun & {
  verdict: "ok" | "conflict" | "failed";
  /** Paragraphs the run kept as conflicts: changed since the export, the file's text set aside. */
  conflicts: number;
  /** The texts this run's file gave its paragraphs (segment id → text). */
  texts: Map<number, string>;
};

/** The texts of units `s<id>` replaced; a unit without a target gets one. */
export function withTargets(xliff: string, texts: Map<number, string>): string {
  const doc = new DOMParser().parseFromString(xliff, "text/xml");
  for (const unit of Array.from(doc.getElementsByTagName("trans-unit"))) {
    const text = texts.get(Number(unit.getAttribute("id")?.replace(/^s/, "")));
    if (text === undefined) continue;
    let target = unit.getElementsByTagName("target")[0];
    if (!target) {
      target = doc.createElementNS(unit.namespaceURI, "target");
      target.setAttribute("state", "translated");
      unit.appendChild(target);
    }
    target.textContent = text;
  }
  return new XMLSerializer().serializeToString(doc);
}

const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** ok: exit 0; conflict: a refusal the CLI explains (no stack trace) that names a conflict; else failed. */
export function verdictOf(run: CliRun): ImportRun["verdict"] {
  if (STACK_LINE.test(run.stderr)) return "failed";
  if (run.code === 0) return "ok";
  return /conflict/i.test(run.stderr) ? "conflict" : "failed";
}

/** The count of the CLI's `Conflicts: N (…)` line; 0 without one. */
export function conflictsOf(run: CliRun): number {
  return Number(/^Conflicts: (\d+)/m.exec(run.stderr)?.[1] ?? 0);
}

type Where = { root: string; databaseUrl: string; documentId: number; folder: string };

/** `duizhao export ID --format xliff12`: the file the loop changes and imports. */
export async function exportXliff({ root, databaseUrl, documentId, folder }: Where): Promise<string> {
  const exported = path.join(folder, "export.xlf");
  await runCliOrThrow(root, databaseUrl, ["export", String(documentId), "--format", "xliff12", "-o", exported]);
  return readFileSync(exported, "utf8");
}

export type ImportLoopPlan = Where & { xliff: string; segmentIds: number[]; seconds: number };

/** Imports changed copies of the exported file until `seconds` have passed; failures' output kept in the folder. */
export async function runImportLoop(plan: ImportLoopPlan): Promise<ImportRun[]> {
  const { root, databaseUrl, documentId, folder, xliff } = plan;
  const runs: ImportRun[] = [];
  const deadline = performance.now() + plan.seconds * 1000;
  for (let n = 1; performance.now() < deadline; n++) {
    const texts = new Map(plan.segmentIds.map((id) => [id, `Imported text of segment ${id}, run ${n}.`]));
    const file = path.join(folder, `import-${n}.xlf`);
    writeFileSync(file, withTargets(xliff, texts));
    const run = await runCli(root, databaseUrl, ["import", file, "--into", String(documentId)]);
    const verdict = verdictOf(run);
    if (verdict !== "ok") writeFileSync(path.join(folder, `import-${n}.${verdict}.txt`), `exit code ${run.code}\n${run.stderr}`);
    runs.push({ ...run, verdict, conflicts: conflictsOf(run), texts });
  }
  return runs;
}
