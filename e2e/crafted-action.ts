import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { rawRequest, type RawResponse } from "./http-raw";

/**
 * A server action called by hand with the page's cookies, as a script outside the app would: the action's
 * id from the build's manifest, its arguments as the React client sends them, posted to `pagePath`.
 */
export async function craftedAction(page: Page, baseURL: string, action: { file: string; name: string; pagePath: string }, args: unknown[]): Promise<RawResponse> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.filename === action.file && entry.exportedName === action.name)?.[0];
  if (!id) throw new Error(`no action ${action.name} in ${action.file}`);
  const cookie = (await page.context().cookies(baseURL)).map(({ name, value }) => `${name}=${value}`).join("; ");
  return rawRequest(`${baseURL}${action.pagePath}`, {
    method: "POST",
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL, Host: new URL(baseURL).host, Cookie: cookie },
    body: JSON.stringify(args),
  });
}

/** saveSegmentAction of document `documentId`'s editor, crafted: a save of `target` over version `baseVersion`. */
export function craftedSave(page: Page, baseURL: string, documentId: number, save: { segmentId: number; baseVersion: number; target: string; status: string }): Promise<RawResponse> {
  const action = { file: "app/documents/[id]/actions.ts", name: "saveSegmentAction", pagePath: `/documents/${documentId}` };
  return craftedAction(page, baseURL, action, [{ ...save, clientEditId: `crafted-${Date.now()}-${Math.random().toString(36).slice(2)}` }]);
}
