import "server-only";
import { DomainError } from "@/lib/core/errors";
import { checkBilingualSize } from "@/lib/core/formats/check-bilingual-size";

/** The XLIFF, TMX, TBX, CSV or review file a form uploads: EMPTY_SOURCE without one, FILE_TOO_LARGE past the limit. */
export function bilingualFileOf(form: FormData): File {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new DomainError("EMPTY_SOURCE");
  checkBilingualSize(file.size);
  return file;
}
