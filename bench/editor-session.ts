// Shared by the editor's browser benchmarks: a production server on the bench's throw-away database,
// documents of 1,000 and 10,000 paragraphs (the demo page repeated), and a real Chromium.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import { createDocument } from "@/lib/server/documents";
import { findChromium } from "../scripts/find-chromium.mjs";

export const SIZES = [1_000, 10_000] as const;
export type Size = (typeof SIZES)[number];

export type Session = { baseUrl: string; browser: Browser; documentIds: Record<Size, number> };

const PORT = Number(process.env.BENCH_PORT) || 3230;

function repeatedDemo(paragraphs: number): string {
  const lines = readFileSync("samples/demo-forum-page.txt", "utf8").split(/\r?\n/).filter((line) => line.trim() !== "");
  return Array.from({ length: paragraphs }, (_, i) => `${i + 1}. ${lines[i % lines.length].trim()}`).join("\n");
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`bench: the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`bench: no server at ${url} after 4 minutes`);
}

function registerCleanup(cleanup: () => Promise<void> | void): void {
  (globalThis as { duizhaoBenchCleanups?: (() => Promise<void> | void)[] }).duizhaoBenchCleanups?.push(cleanup);
}

async function start(): Promise<Session> {
  const documentIds = {} as Record<Size, number>;
  for (const size of SIZES) {
    const prepared = prepareImport(pastedSource(repeatedDemo(size)), { title: `Bench ${size}`, cleanup: null });
    documentIds[size] = (await createDocument(prepared)).id;
  }
  const baseUrl = `http://127.0.0.1:${PORT}`;
  // Its own process group, so that stopping it stops Next too.
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  registerCleanup(() => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  });
  await waitForServer(`${baseUrl}/`, server);
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    // Frames are drawn as soon as they are ready instead of on a 60 Hz vsync, so "keystroke to paint"
    // measures our work up to the painted frame, not up to 16.7 ms of waiting for the next vsync.
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-gpu-vsync", "--disable-frame-rate-limit"],
  });
  registerCleanup(() => browser.close());
  return { baseUrl, browser, documentIds };
}

let session: Promise<Session> | null = null;

/** Starts the server and the browser on first use. */
export function editorSession(): Promise<Session> {
  session ??= start();
  return session;
}
