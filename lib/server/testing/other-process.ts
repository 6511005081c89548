import { spawn, type ChildProcess } from "node:child_process";

// A second process on the test's SQLite file, as the CLI or another server instance would be: it runs
// SQL when told to, or in a loop, on its own better-sqlite3 connection (busy timeout 10 s, as db.ts).
const CHILD = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1], { timeout: 10000 });
let looping = null;
process.on("message", ({ kind, sql }) => {
  if (kind === "run") {
    try { db.exec(sql); process.send({ kind: "done" }); } catch (error) { process.send({ kind: "error", message: String(error.code || error.message) }); }
  } else if (kind === "loop") {
    let count = 0;
    looping = setInterval(() => { db.exec(sql); count++; }, 2);
    process.once("message", () => { clearInterval(looping); process.send({ kind: "stopped", count }); });
  } else if (kind === "exit") process.exit(0);
});
process.send({ kind: "ready" });
`;

type Reply = { kind: "ready" | "done" | "error" | "stopped"; message?: string; count?: number };

export type OtherProcess = {
  /** Runs SQL (may be several statements); resolves when it committed, rejects with the SQLite error code. */
  run(sql: string): Promise<void>;
  /** Runs SQL every 2 ms until the returned function is called; that resolves with the number of runs. */
  loop(sql: string): () => Promise<number>;
  close(): Promise<void>;
};

function nextReply(child: ChildProcess): Promise<Reply> {
  return new Promise((resolve, reject) => {
    child.once("message", (reply) => resolve(reply as Reply));
    child.once("exit", (code) => reject(new Error(`the other process exited (${code})`)));
  });
}

/** Starts a process with its own connection to a SQLite file (a file: URL or path). */
export async function startOtherProcess(databaseUrl: string): Promise<OtherProcess> {
  const child = spawn(process.execPath, ["-e", CHILD, databaseUrl.replace(/^file:/, "")], { stdio: ["ignore", "inherit", "inherit", "ipc"], cwd: process.cwd() });
  await nextReply(child);
  return {
    async run(sql) {
      const reply = nextReply(child);
      child.send({ kind: "run", sql });
      const { kind, message } = await reply;
      if (kind === "error") throw new Error(message);
    },
    loop(sql) {
      child.send({ kind: "loop", sql });
      return async () => {
        const reply = nextReply(child);
        child.send({ kind: "stop" });
        return (await reply).count ?? 0;
      };
    },
    async close() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ kind: "exit" });
      await exited;
    },
  };
}
