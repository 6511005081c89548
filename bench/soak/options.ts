import { parseArgs } from "node:util";

export type DatabaseKind = "sqlite" | "postgres";

export type SoakOptions = {
  /** How long the writers' edits are spread over, and how long the CLI import loop runs. */
  seconds: number;
  databases: DatabaseKind[];
  soak: boolean;
  kill: boolean;
  /** SIGKILLs of the server in the kill test. */
  kills: number;
  writers: number;
  editsPerWriter: number;
  /** The CLI `import --into` loop beside the writers; off to check the harness on its own. */
  cli: boolean;
  port: number;
};

export const SOAK_USAGE = `Usage: npm run soak -- [--seconds N] [--db sqlite|postgres|both] [--no-kill | --kill-only] [--no-cli]

  --seconds N     the writers' edits are spread over N seconds, the CLI import loop runs N seconds (default 60)
  --db D          sqlite, postgres or both (default both; PostgreSQL: SOAK_DATABASE_URL, else a throw-away cluster)
  --writers N     writers (default 4); --edits N: edits per writer (default 250)
  --kills N       SIGKILLs of the server in the kill test (default 5)
  --no-kill       the soak only; --kill-only: the kill test only
  --no-cli        no CLI import loop (checks the harness: no error is expected then)
  SOAK_PORT       the server's port (default 3315)
`;

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive whole number, not "${value}"`);
  return number;
}

/** Reads the command line of `npm run soak`; throws with a message on a bad option. */
export function parseSoakOptions(argv: string[]): SoakOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: "string" },
      db: { type: "string" },
      writers: { type: "string" },
      edits: { type: "string" },
      kills: { type: "string" },
      "no-kill": { type: "boolean" },
      "kill-only": { type: "boolean" },
      "no-cli": { type: "boolean" },
    },
  });
  const db = values.db ?? "both";
  if (db !== "sqlite" && db !== "postgres" && db !== "both") throw new Error(`--db must be sqlite, postgres or both, not "${db}"`);
  if (values["no-kill"] && values["kill-only"]) throw new Error("--no-kill and --kill-only leave nothing to run");
  return {
    seconds: positiveInteger(values.seconds, 60, "seconds"),
    databases: db === "both" ? ["sqlite", "postgres"] : [db],
    soak: !values["kill-only"],
    kill: !values["no-kill"],
    kills: positiveInteger(values.kills, 5, "kills"),
    writers: positiveInteger(values.writers, 4, "writers"),
    editsPerWriter: positiveInteger(values.edits, 250, "edits"),
    cli: !values["no-cli"],
    port: positiveInteger(process.env.SOAK_PORT, 3315, "SOAK_PORT"),
  };
}
