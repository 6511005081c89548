import { readdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";

// Linux only: the test server's memory, read from /proc for the process that listens on its port.

function listeningInode(port: number): string {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // fields: sl, local_address (ADDR:PORT), rem_address, st (0A = LISTEN), …, inode at index 9
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A") return fields[9];
    }
  }
  throw new Error(`No process listens on port ${port}`);
}

function pidOf(inode: string): number {
  const socket = `socket:[${inode}]`;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or gone
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === socket) return Number(pid);
      } catch {
        // closed meanwhile
      }
    }
  }
  throw new Error(`No process owns socket ${inode}`);
}

export type ServerMemory = { pid: number; rssMb: number; peakRssMb: number };

/** The resident memory (now, and its peak since the process started) of the server on `port`, in MiB. */
export function serverMemory(port: number): ServerMemory {
  const pid = pidOf(listeningInode(port));
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { pid, rssMb: Math.round(kb("VmRSS") / 1024), peakRssMb: Math.round(kb("VmHWM") / 1024) };
}

/** Resets the peak (VmHWM) of a process of ours to its current resident memory. */
export function resetPeakMemory(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

/** The port the test server listens on (playwright.config.ts). */
export const E2E_PORT = Number(process.env.E2E_PORT) || 3210;
