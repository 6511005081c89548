// A worker thread's entry (see run-parse-task.ts): runs one parse task given in workerData and posts
// its result. Not a server module: no "server-only" guard, lib/core only.
import { parentPort, workerData } from "node:worker_threads";
import { isDomainError } from "@/lib/core/errors";
import { PARSE_TASKS, type ParseReply, type ParseTaskName } from "./parse-tasks";

const { task, args } = workerData as { task: ParseTaskName; args: unknown[] };
const run = PARSE_TASKS[task] as (...input: unknown[]) => unknown;

Promise.resolve()
  .then(() => run(...args))
  .then(
    (value): ParseReply => ({ ok: true, value }),
    (error: unknown): ParseReply =>
      isDomainError(error) ? { ok: false, code: error.code, params: error.params } : { ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
  )
  .then((reply) => parentPort?.postMessage(reply));
