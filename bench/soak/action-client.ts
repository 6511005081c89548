// Calls a server action the way the browser's Next runtime does: POST to the page's URL with the
// action's id in `Next-Action`, the arguments encoded by React's encodeReply, the answer decoded from
// the RSC stream by React's createFromFetch (both from the copy Next ships and the build uses).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

type Flight = {
  encodeReply(value: unknown): Promise<string | FormData>;
  createFromFetch<T>(response: Promise<Response>, options: object): Promise<T>;
};
const flight = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.edge") as Flight;

// Action answers hold plain data: no client component has to be resolved while decoding.
const CONSUMER_MANIFEST = { serverConsumerManifest: { moduleMap: {}, moduleLoading: null, serverModuleMap: null } };

type ManifestEntry = { filename?: string; exportedName?: string };

/** The id the production build gave an action: `.next/server/server-reference-manifest.json`. */
export function findActionId(root: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`soak: no action ${exportedName} of ${filename} in the build's server-reference-manifest.json`);
  return found[0];
}

/** An answer that is not an action's result: an HTTP error status (a thrown action) or another content type. */
export class ActionAnswerError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export type ActionTarget = { baseUrl: string; pagePath: string; actionId: string };

/**
 * Sends one call; resolves with the action's return value. A network failure rejects with fetch's
 * own error (the browser would resend); an error answer rejects with ActionAnswerError.
 */
export async function callServerAction<T>({ baseUrl, pagePath, actionId }: ActionTarget, args: unknown[], timeoutMs = 60_000): Promise<T> {
  const response = await fetch(new URL(pagePath, baseUrl), {
    method: "POST",
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseUrl,
    },
    body: await flight.encodeReply(args),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok || !response.headers.get("content-type")?.startsWith("text/x-component")) {
    const body = await response.text().catch(() => "");
    throw new ActionAnswerError(response.status, `HTTP ${response.status}: ${body.slice(0, 200)}`);
  }
  // A stream cut short (the server died while answering) rejects like a network failure: the
  // browser cannot tell them apart either, and resends.
  const root = await flight.createFromFetch<{ a: Promise<T> }>(Promise.resolve(response), CONSUMER_MANIFEST);
  return root.a;
}
