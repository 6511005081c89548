import { DomainError } from "../errors";
import { MAX_BILINGUAL_BYTES } from "../limits";

/** Throws FILE_TOO_LARGE for an XLIFF, TMX, TBX or glossary CSV file beyond MAX_BILINGUAL_BYTES. */
export function checkBilingualSize(byteLength: number): void {
  if (byteLength > MAX_BILINGUAL_BYTES) throw new DomainError("FILE_TOO_LARGE", { limitMb: MAX_BILINGUAL_BYTES / 1024 / 1024 });
}
