import type { ActionResult } from "@/lib/core/action-result";
import { MAX_BILINGUAL_BYTES } from "@/lib/core/limits";
import { settleAction } from "./settle-action";

/**
 * Sends a form with an XLIFF, TMX, TBX or CSV file to a server action. A file over MAX_BILINGUAL_BYTES
 * is refused here, before it is uploaded; a failed request becomes REQUEST_FAILED (see settleAction).
 */
export async function sendUpload<T>(form: FormData, action: (form: FormData) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const file = form.get("file");
  if (file instanceof File && file.size > MAX_BILINGUAL_BYTES) return { ok: false, code: "FILE_TOO_LARGE", params: { limitMb: MAX_BILINGUAL_BYTES / 1024 / 1024 } };
  return settleAction(action(form));
}
