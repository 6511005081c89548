import { execFileSync } from "node:child_process";
import { expect, type Browser, type Page } from "@playwright/test";

export type Person = { email: string; name: string; password: string };

/** `npx duizhao ARGS` on `databaseUrl`, links printed for `publicUrl`: its standard output, trimmed. */
export function runCli(databaseUrl: string, args: string[], publicUrl = ""): string {
  return execFileSync(process.execPath, ["bin/duizhao.js", ...args], { env: { ...process.env, DATABASE_URL: databaseUrl, DUIZHAO_PUBLIC_URL: publicUrl }, encoding: "utf8" }).trim();
}

/**
 * A new account made with `duizhao users add`, its password set through the one-time link opened on
 * `server`: a page signed in there, in a browser context of its own.
 */
export async function newAccount(browser: Browser, databaseUrl: string, server: string, who: Person, role: "owner" | "member"): Promise<Page> {
  const link = runCli(databaseUrl, ["users", "add", who.email, "--role", role, "--name", who.name], server);
  const page = await (await browser.newContext({ baseURL: server, locale: "en-US" })).newPage();
  await page.goto(link);
  await page.getByLabel("New password").fill(who.password);
  await page.getByLabel("Repeat the password").fill(who.password);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`^${server}/$`));
  return page;
}
