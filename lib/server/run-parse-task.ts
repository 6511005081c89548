import "server-only";
import { Worker } from "node:worker_threads";
import { DomainError, type ErrorCode } from "@/lib/core/errors";
import { MAX_PARSE_MEMORY_MB, MAX_PARSE_SECONDS } from "@/lib/core/limits";
import type { ParseReply, ParseTaskName, ParseTasks } from "./parse-tasks";

// Parsing an uploaded file (DOCX, HTML, XML) builds trees many times the file's size: it runs in a
// worker thread with its own heap limit and a time limit, so a hostile file stops its worker, never the
// server. At most MAX_WORKERS run at once (each may use MAX_PARSE_MEMORY_MB); others wait their turn.
const MAX_WORKERS = 2;
let running = 0;
const queue: (() => void)[] = [];

async function takeTurn(): Promise<() => void> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  return () => {
    running--;
    queue.shift()?.();
  };
}

type Limits = { memoryMb: number; seconds: number };

/**
 * Runs a lib/core parse task in a worker thread. Throws the task's DomainError, READ_OUT_OF_MEMORY when
 * the worker's heap passes its limit (MAX_PARSE_MEMORY_MB), READ_TIMED_OUT after MAX_PARSE_SECONDS.
 */
export async function runParseTask<K extends ParseTaskName>(
  task: K,
  args: Parameters<ParseTasks[K]>,
  limits: Limits = { memoryMb: MAX_PARSE_MEMORY_MB, seconds: MAX_PARSE_SECONDS },
): Promise<Awaited<ReturnType<ParseTasks[K]>>> {
  const done = await takeTurn();
  try {
    return (await runInWorker(task, args, limits)) as Awaited<ReturnType<ParseTasks[K]>>;
  } finally {
    done();
  }
}

function runInWorker(task: ParseTaskName, args: unknown[], { memoryMb, seconds }: Limits): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const options = {
      workerData: { task, args },
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
    };
    // Next (NEXT_RUNTIME is set in its server) bundles `new Worker(new URL(…, import.meta.url))` as a
    // worker entry of its own; the CLI and Vitest run the TypeScript source through a bootstrap.
    const worker = process.env.NEXT_RUNTIME ? new Worker(new URL("./parse-worker.ts", import.meta.url), options) : new Worker(sourceEntry(), options);
    let isSettled = false;
    const settle = (outcome: () => void) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new DomainError("READ_TIMED_OUT", { seconds }))), seconds * 1000);
    worker.once("message", (reply: ParseReply) =>
      settle(() => {
        if (reply.ok) resolve(reply.value);
        else if ("code" in reply) reject(new DomainError(reply.code as ErrorCode, reply.params));
        else reject(new Error(`Parse task ${task} failed in its worker: ${reply.message}`));
      }),
    );
    worker.once("error", (error: NodeJS.ErrnoException) =>
      settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new DomainError("READ_OUT_OF_MEMORY", { limitMb: memoryMb }) : error)),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`Parse task ${task}: its worker exited (code ${code}) without an answer`))));
  });
}

/** parse-worker-source.mjs beside this file (a URL built at run time, so bundlers do not follow it). */
function sourceEntry(): URL {
  return new URL(import.meta.url.replace(/[^/]+$/, "parse-worker-source.mjs"));
}
