import { ERROR_CODES, type ErrorCode } from "@/lib/core/errors";
import { fileNameOfDisposition } from "@/lib/core/formats/file-name";

/** What a download asked with fetch came to: saved, or the error code the page shows. */
export type DownloadResult = { ok: true; fileName: string } | { ok: false; code: ErrorCode | "UNEXPECTED" | "REQUEST_FAILED" };

/**
 * Asks for a file and, when the answer is one, saves it as the browser saves a download (a link with
 * `download` on an object URL); an error answer (the routes' `{ code }` JSON, or any other failure) is
 * returned to be shown in the page instead of replacing it. `save` is the browser's part, replaceable in
 * tests.
 */
export async function fetchDownload(
  url: string,
  { fallbackName, save = saveBlob, fetchImpl = fetch }: { fallbackName: string; save?: (blob: Blob, fileName: string) => void; fetchImpl?: typeof fetch },
): Promise<DownloadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: "application/zip, application/json" }, cache: "no-store" });
  } catch {
    return { ok: false, code: "REQUEST_FAILED" };
  }
  if (!response.ok) return { ok: false, code: await errorCodeOf(response) };
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    // The connection broke off in the middle of the file.
    return { ok: false, code: "REQUEST_FAILED" };
  }
  const fileName = fileNameOfDisposition(response.headers.get("Content-Disposition")) ?? fallbackName;
  save(blob, fileName);
  return { ok: true, fileName };
}

async function errorCodeOf(response: Response): Promise<ErrorCode | "UNEXPECTED"> {
  try {
    const body: unknown = await response.json();
    const code = body && typeof body === "object" && "code" in body ? body.code : undefined;
    return ERROR_CODES.find((known) => known === code) ?? "UNEXPECTED";
  } catch {
    // Not our JSON: a proxy's page, or the server's own error page.
    return "UNEXPECTED";
  }
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
