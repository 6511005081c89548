import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { DomainError } from "../errors";
import { MAX_DOCX_UNPACKED_BYTES } from "../limits";

// Text extraction reads a Word file's XML parts (document, styles, numbering, notes, relationships);
// images and other media are never opened, so they are not unpacked.
const TEXT_PART = /\.(xml|rels)$/i;
// The ZIP is fed to the inflater in small pieces: deflate expands at most about 1,000 times, so one
// piece never produces more than about 4 MB before the limit is checked again.
const PIECE = 4 * 1024;

/**
 * The XML parts of a .docx, inflated as a stream that stops as soon as they pass `limit` bytes together
 * (DOCX_TOO_LARGE: a ZIP bomb never gets unpacked). A file that is not a ZIP, or whose data is damaged,
 * gives UNREADABLE_DOCX or the parts it could read.
 */
export function unpackDocx(bytes: Uint8Array, limit = MAX_DOCX_UNPACKED_BYTES): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  let total = 0;
  let failure: DomainError | null = null;
  const open = (file: UnzipFile) => {
    if (!TEXT_PART.test(file.name) || failure) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, isFinal) => {
      if (failure) return;
      if (error) {
        failure = new DomainError("UNREADABLE_DOCX");
        return;
      }
      total += chunk.length;
      if (total > limit) {
        failure = new DomainError("DOCX_TOO_LARGE", { limitMb: limit / 1024 / 1024 });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (isFinal) parts[file.name] = concat(chunks);
    };
    file.start();
  };
  const unzip = new Unzip(open);
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += PIECE) unzip.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length);
  } catch {
    // fflate throws on a truncated archive or an unknown compression method.
    failure ??= new DomainError("UNREADABLE_DOCX");
  }
  if (failure) throw failure;
  return parts;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
