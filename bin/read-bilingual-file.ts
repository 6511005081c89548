import { checkBilingualSize } from "@/lib/core/formats/check-bilingual-size";
import { MAX_BILINGUAL_BYTES } from "@/lib/core/limits";
import { readInputFile } from "./read-input-file";

/** The text of an XLIFF, TMX or TBX file named on the command line; FILE_TOO_LARGE beyond MAX_BILINGUAL_BYTES. */
export async function readBilingualFile(file: string): Promise<string> {
  const bytes = await readInputFile(file, MAX_BILINGUAL_BYTES);
  checkBilingualSize(bytes.byteLength);
  return new TextDecoder().decode(bytes);
}
