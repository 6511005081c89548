// Several app servers on one PostgreSQL under load (issue 19): 50 simulated editors, HTTP clients as
// the browser's editor is one, each saving its own paragraph every 2 s through the save action, half
// on server A and half on server B, for 60 s (BENCH_TEAM_SECONDS). One listener per server reads the
// document's live stream (GET /api/documents/ID/live). Figures: each save's round trip; the live-event
// delay, from a save's request to its event on the *other* server's stream; and lost saves (an
// acknowledged text that is not the paragraph's text at the end, or never told to the other server),
// which must be 0. The reference is one editor saving alone on the same servers.
// Needs Debian's postgresql and a build (npm run build); a throw-away cluster is started on
// BENCH_TEAM_PG_PORT and the servers on BENCH_TEAM_PORT and +1. The servers run in local mode (no
// sign-in), which is allowed on loopback: the session check it leaves out is one indexed read a save.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Benchmark } from "./benchmark";

const EDITORS = 50;
const INTERVAL_MS = 2_000;
const SECONDS = Number(process.env.BENCH_TEAM_SECONDS) || 60;
const PORT = Number(process.env.BENCH_TEAM_PORT) || 3232;
const PG_PORT = Number(process.env.BENCH_TEAM_PG_PORT) || 55436;
const PG_DIR = `/tmp/duizhao-pg-bench-${PG_PORT}`;
const REFERENCE = "team: HTTP save, one editor alone";

const hasPostgres = existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
const hasBuild = existsSync(".next/server/server-reference-manifest.json");

type Servers = { urls: [string, string]; documentId: number; segmentIds: number[]; actionId: string };
type Figures = { saves: number[]; delays: number[]; acknowledged: number; failed: number; lost: number; untold: number };

function registerCleanup(cleanup: () => Promise<void> | void): void {
  (globalThis as { duizhaoBenchCleanups?: (() => Promise<void> | void)[] }).duizhaoBenchCleanups?.push(cleanup);
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 240_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
    if (server.exitCode !== null) throw new Error(`bench: the server exited with code ${server.exitCode}`);
    if (await fetch(url).then((response) => response.ok, () => false)) return;
  }
  throw new Error(`bench: no server at ${url} after 4 minutes`);
}

async function startServers(): Promise<Servers> {
  const databaseUrl = execFileSync("scripts/pg-throwaway.sh", ["start", String(PG_PORT)], { env: { ...process.env, PG_THROWAWAY_DIR: PG_DIR }, encoding: "utf8" }).trim();
  registerCleanup(() => void execFileSync("scripts/pg-throwaway.sh", ["stop"], { env: { ...process.env, PG_THROWAWAY_DIR: PG_DIR } }));
  const env = { ...process.env, DATABASE_URL: databaseUrl, HOSTNAME: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1", DUIZHAO_TEAM: "" };
  execFileSync(process.execPath, ["scripts/migrate.mjs", "deploy"], { env, stdio: "pipe" });
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-bench-team-"));
  writeFileSync(path.join(dir, "source.txt"), Array.from({ length: EDITORS }, (_, i) => `第${i + 1}段：市民可以拨打热线电话咨询。`).join("\n"));
  const documentId = Number(execFileSync(process.execPath, ["bin/duizhao.js", "import", path.join(dir, "source.txt"), "--title", "Team bench", "--raw"], { env, encoding: "utf8" }).trim());
  rmSync(dir, { recursive: true, force: true });
  const urls: [string, string] = [`http://127.0.0.1:${PORT}`, `http://127.0.0.1:${PORT + 1}`];
  for (const url of urls) {
    // Its own process group, so that stopping it stops Next too.
    const server = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...env, PORT: new URL(url).port }, stdio: ["ignore", "ignore", "inherit"], detached: true });
    registerCleanup(() => {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    });
    await waitForServer(`${url}/`, server);
  }
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  const actionId = Object.entries(manifest.node).find(([, { filename, exportedName }]) => filename === "app/documents/[id]/actions.ts" && exportedName === "saveSegmentAction")?.[0];
  if (!actionId) throw new Error("bench: no saveSegmentAction in this build");
  const { versions } = (await (await fetch(`${urls[0]}/api/documents/${documentId}/segments`)).json()) as { versions: [number, number][] };
  return { urls, documentId, segmentIds: versions.map(([id]) => id), actionId };
}

let servers: Promise<Servers> | null = null;
const serversOnce = () => (servers ??= startServers());

type SaveAnswer = { kind: "saved" | "conflict"; version: number } | null;

/** The save action over HTTP, as the editor's page sends it: null when the server did not answer ok. */
async function save(url: string, { documentId, actionId }: Servers, segmentId: number, baseVersion: number, target: string): Promise<SaveAnswer> {
  const response = await fetch(`${url}/documents/${documentId}`, {
    method: "POST",
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: url },
    body: JSON.stringify([{ segmentId, baseVersion, target, status: "translated", clientEditId: `${segmentId}-${baseVersion}-${Math.random()}` }]),
  });
  const text = await response.text();
  for (const line of text.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    const result = JSON.parse(json) as { ok?: boolean; data?: { kind: "saved" | "conflict"; segment?: { version: number }; current?: { version: number } } };
    if (result.ok === undefined) continue;
    if (!result.ok || !result.data) return null;
    return { kind: result.data.kind, version: (result.data.segment ?? result.data.current)!.version };
  }
  return null;
}

/** Reads a server's live stream, calling `heard(segmentId, version)` for every saved paragraph; returns the way to stop. */
function listen(url: string, documentId: number, heard: (segmentId: number, version: number) => void): { ready: Promise<void>; stop: () => void } {
  const controller = new AbortController();
  let isReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (isReady = resolve));
  void (async () => {
    const response = await fetch(`${url}/api/documents/${documentId}/live`, { signal: controller.signal });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message.split("\n").find((line) => line.startsWith("data: "));
        if (!data) continue;
        const event = JSON.parse(data.slice(6)) as { type: string; segments?: { id: number; version: number }[] };
        if (event.type === "hello") isReady();
        for (const { id, version } of event.segments ?? []) heard(id, version);
      }
    }
  })().catch(() => undefined);
  return { ready, stop: () => controller.abort() };
}

async function simulate(): Promise<Figures> {
  const setup = await serversOnce();
  const { urls, documentId, segmentIds } = setup;
  // Heard on server s: "segmentId:version" → when.
  const heardOn = [new Map<string, number>(), new Map<string, number>()];
  const listeners = urls.map((url, s) => listen(url, documentId, (id, version) => heardOn[s]!.set(`${id}:${version}`, performance.now())));
  await Promise.all(listeners.map((listener) => listener.ready));
  const { versions } = (await (await fetch(`${urls[0]}/api/documents/${documentId}/segments`)).json()) as { versions: [number, number][] };
  const known = new Map(versions);
  const saves: number[] = [];
  const acknowledged: { server: number; segmentId: number; version: number; sentAt: number }[] = [];
  const lastText = new Map<number, string>();
  let failed = 0;
  const endAt = performance.now() + SECONDS * 1_000;
  await Promise.all(
    segmentIds.map(async (segmentId, i) => {
      const server = i % 2;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * INTERVAL_MS));
      for (let n = 1; performance.now() < endAt; n++) {
        const started = performance.now();
        const target = `Paragraph ${i + 1}, save ${n}.`;
        const answer = await save(urls[server]!, setup, segmentId, known.get(segmentId) ?? 0, target).catch(() => null);
        saves.push(performance.now() - started);
        if (answer?.kind === "saved") {
          known.set(segmentId, answer.version);
          lastText.set(segmentId, target);
          acknowledged.push({ server, segmentId, version: answer.version, sentAt: started });
        } else failed++;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, INTERVAL_MS - (performance.now() - started))));
      }
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  listeners.forEach((listener) => listener.stop());
  const delays: number[] = [];
  let untold = 0;
  for (const { server, segmentId, version, sentAt } of acknowledged) {
    const at = heardOn[1 - server]!.get(`${segmentId}:${version}`);
    if (at === undefined) untold++;
    else delays.push(at - sentAt);
  }
  const ids = segmentIds.join(",");
  const { segments } = (await (await fetch(`${urls[1]}/api/documents/${documentId}/segments?ids=${ids}`)).json()) as { segments: { id: number; target: string }[] };
  const lost = segments.filter((segment) => lastText.has(segment.id) && segment.target !== lastText.get(segment.id)).length;
  const figures = { saves, delays, acknowledged: acknowledged.length, failed, lost, untold };
  console.log(
    `team bench: ${EDITORS} editors × ${SECONDS} s on 2 servers: ${figures.acknowledged} saves acknowledged, ${failed} failed or refused, ` +
      `${lost} lost (acknowledged text not kept), ${untold} never told to the other server`,
  );
  if (lost > 0 || untold > 0 || failed > 0) throw new Error("bench: saves were lost, refused or not told live");
  return figures;
}

let figures: Promise<Figures> | null = null;
const figuresOnce = () => (figures ??= simulate());

export const benchmarks: Benchmark[] = !hasPostgres || !hasBuild
  ? (console.warn(`bench/team.bench.ts skipped: it needs ${hasPostgres ? "a build (npm run build)" : "PostgreSQL (apt-get install postgresql)"}`), [])
  : [
      {
        name: REFERENCE,
        size: "1 paragraph",
        async measure() {
          const setup = await serversOnce();
          const segmentId = setup.segmentIds[0]!;
          const { versions } = (await (await fetch(`${setup.urls[0]}/api/documents/${setup.documentId}/segments`)).json()) as { versions: [number, number][] };
          let version = new Map(versions).get(segmentId) ?? 0;
          const samples: number[] = [];
          for (let n = 0; n < 33; n++) {
            const started = performance.now();
            const answer = await save(setup.urls[0], setup, segmentId, version, `Alone, save ${n}.`);
            if (answer?.kind !== "saved") throw new Error("bench: the reference save failed");
            version = answer.version;
            if (n >= 3) samples.push(performance.now() - started);
          }
          return samples;
        },
      },
      {
        name: `team: save, ${EDITORS} editors every 2 s on 2 servers (PostgreSQL)`,
        size: `${SECONDS} s`,
        reference: REFERENCE,
        measure: async () => (await figuresOnce()).saves,
        // In CI (bench:check, BENCH_TEAM_SECONDS=30): a slower save under load fails it, and so does a
        // lost, refused or untold save, which throws.
        isChecked: true,
      },
      {
        name: "team: live event on the other server, from the save's request",
        size: `${SECONDS} s`,
        reference: REFERENCE,
        measure: async () => (await figuresOnce()).delays,
      },
    ];
