import { open } from "node:fs/promises";
import { MAX_IMPORT_BYTES } from "@/lib/core/limits";
import { CliError } from "./cli-error";

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/**
 * The bytes of a file named on the command line, at most one byte over `limit` (enough for the size
 * check to refuse it without reading a huge file). A missing or unreadable file is a CliError.
 */
export async function readInputFile(file: string, limit = MAX_IMPORT_BYTES): Promise<Uint8Array> {
  try {
    await using handle = await open(file, "r");
    const { size } = await handle.stat();
    if (size <= limit) return await handle.readFile();
    const { buffer } = await handle.read({ buffer: Buffer.alloc(limit + 1), position: 0 });
    return buffer;
  } catch (error) {
    const reason = REASONS[(error as NodeJS.ErrnoException).code ?? ""];
    if (!reason) throw error;
    throw new CliError(`Cannot read ${file}: ${reason}.`);
  }
}
