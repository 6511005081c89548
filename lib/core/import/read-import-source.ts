import { DomainError } from "../errors";
import { isSourceEncoding } from "./encodings";
import { checkImportSize, type ImportSource } from "./prepare-import";
import { readSource } from "./read-source";

/** A file's bytes as an import source: size-checked, decoded (detected or given encoding), text extracted. */
export async function readImportSource(input: { bytes: Uint8Array; fileName: string; encoding?: string }): Promise<ImportSource> {
  checkImportSize(input.bytes.byteLength);
  const { encoding } = input;
  if (encoding !== undefined && !isSourceEncoding(encoding)) throw new DomainError("UNKNOWN_ENCODING", { encoding });
  const read = await readSource({ bytes: input.bytes, fileName: input.fileName, encoding });
  return { ...read, fileName: input.fileName.split(/[\\/]/).pop() ?? input.fileName };
}
