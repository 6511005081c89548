import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Browser, type Page } from "@playwright/test";
import { fillParams, pages, PUBLIC_ACTIONS, PUBLIC_PAGES, PUBLIC_ROUTES, routeHandlers, serverActions } from "../test-support/app-entry-points";
import { rawRequest } from "./http-raw";
import { DocumentPage } from "./pages/document-page";

// Team mode (playwright.team.config.ts: DUIZHAO_TEAM=1, its own database): the first owner, sign-in,
// the gate in front of every action, route and page, invitations and sign out everywhere.

test.describe.configure({ mode: "serial" });

const OWNER = { email: "owner@example.org", name: "Lin Owner", password: "calm river stone 2026" };
const MEMBER = { email: "translator@example.org", name: "Wu Translator", password: "ink brush paper 1912" };
const FORGED_COOKIE = "better-auth.session_token=forged.Zm9yZ2VkLXNpZ25hdHVyZQ";

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("group").or(page.locator("summary")).first()).toBeVisible();
}

async function newSignedInPage(browser: Browser, who: { email: string; password: string }) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

/** No serious or critical WCAG 2.1 A/AA violation (as e2e/accessibility.spec.ts checks the other pages). */
async function expectAccessible(page: Page, name: string) {
  const rules = { "label-content-name-mismatch": { enabled: true }, "empty-table-header": { enabled: true } };
  const { violations } = await new AxeBuilder({ page }).options({ rules }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(" | ")}`);
  expect.soft(serious, `serious or critical axe violations on ${name}`).toEqual([]);
}

/** The ids Next gave the server actions of this build, by file and export name. */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { filename: string; exportedName: string }> };
  return new Map(Object.entries(manifest.node).map(([id, { filename, exportedName }]) => [`${filename}#${exportedName}`, id]));
}

test("a stranger is sent to sign-in; the first-run page (loopback, no account yet) makes the first owner", async ({ page }) => {
  await page.goto("/glossary");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fglossary$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveCount(0);

  await page.getByRole("link", { name: "Create the first owner" }).click();
  await expect(page.getByRole("heading", { name: "Set up team mode" })).toBeVisible();
  await expectAccessible(page, "first-run page");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Name").fill(OWNER.name);
  await page.getByLabel("New password").fill("too short");
  await page.getByLabel("Repeat the password").fill("too short");
  await page.getByRole("button", { name: "Create owner and sign in" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("at least 12 characters");

  await page.getByLabel("New password").fill(OWNER.password);
  await page.getByLabel("Repeat the password").fill(OWNER.password);
  await page.getByRole("button", { name: "Create owner and sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("summary", { hasText: OWNER.name })).toBeVisible();

  // Once someone has an account, the first-run page is closed.
  const stranger = await (await page.context().browser()!.newContext()).newPage();
  await stranger.goto("/welcome");
  await expect(stranger.getByText("only works on this machine while nobody has an account")).toBeVisible();
  await expect(stranger.getByRole("button", { name: "Create owner and sign in" })).toHaveCount(0);
});

test("sign-in refuses a wrong password with a message, then signs in and returns to the page asked for", async ({ page }) => {
  await page.goto("/memory");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmemory$/);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password", { exact: true }).fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Wrong email or password.");
  await expectAccessible(page, "sign-in page with its error");
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Password", { exact: true }).fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/memory$/);
  await expect(page.locator("summary", { hasText: OWNER.name })).toBeVisible();
});

test("every server action, route and page found in app/ refuses a stranger over HTTP", async ({ baseURL }) => {
  const ids = actionIds();
  const checked: string[] = [];
  for (const { file, name } of serverActions()) {
    if (name in PUBLIC_ACTIONS) continue;
    const id = ids.get(`${file}#${name}`);
    // An action no client component imports has no id: Next does not expose it at all.
    if (!id) continue;
    const call = (cookie?: string) =>
      rawRequest(`${baseURL}/`, {
        method: "POST",
        headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL!, Host: new URL(baseURL!).host, ...(cookie ? { Cookie: cookie } : {}) },
        body: name === "deleteDocumentAction" ? "[1]" : "[]",
      });
    for (const cookie of [undefined, FORGED_COOKIE]) {
      const refused = await call(cookie);
      expect(refused.body, `${name} ${cookie ? "with a forged session" : "without a session"}`).toContain('"code":"UNAUTHENTICATED"');
      expect(refused.body).not.toContain('"ok":true');
    }
    checked.push(name);
  }
  expect(checked).toContain("saveSegmentAction");
  expect(checked).toContain("deleteDocumentAction");
  expect(checked.length).toBeGreaterThan(30);

  for (const { urlPath, method } of routeHandlers()) {
    if (urlPath in PUBLIC_ROUTES) continue;
    const url = `${baseURL}${fillParams(urlPath)}?ids=1&text=a&format=tmx`;
    const headers = { Origin: baseURL!, Host: new URL(baseURL!).host, "Content-Type": "application/json" };
    const noCookie = await rawRequest(url, { method, headers, body: method === "GET" ? undefined : "{}" });
    expect(noCookie.status, `${method} ${urlPath} without a session`).toBe(401);
    const forged = await rawRequest(url, { method, headers: { ...headers, Cookie: FORGED_COOKIE }, body: method === "GET" ? undefined : "{}" });
    expect(forged.status, `${method} ${urlPath} with a forged session`).toBe(401);
    expect(forged.body).toContain("UNAUTHENTICATED");
  }

  for (const { urlPath } of pages()) {
    if (urlPath in PUBLIC_PAGES) continue;
    for (const cookie of [undefined, FORGED_COOKIE]) {
      const response = await rawRequest(`${baseURL}${fillParams(urlPath)}`, { headers: { Host: new URL(baseURL!).host, ...(cookie ? { Cookie: cookie } : {}) } });
      expect(response.status, `${urlPath} ${cookie ? "with a forged session" : "without a session"}`).toBe(307);
      expect(response.headers.location).toContain("/sign-in?next=");
    }
  }
});

test("the refused crafted requests changed nothing: the demo document is still there", async ({ browser }) => {
  const page = await newSignedInPage(browser, OWNER);
  await page.goto("/documents/1");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("This page could not be found")).toHaveCount(0);
});

test("an owner invites; the new member accepts, sets a password and is signed in; the link works once", async ({ browser }) => {
  const owner = await newSignedInPage(browser, OWNER);
  await owner.locator("summary", { hasText: OWNER.name }).click();
  await owner.getByRole("link", { name: "People and invitations" }).click();
  await expect(owner.getByRole("heading", { name: "People and invitations", level: 1 })).toBeVisible();
  await owner.getByLabel("Email (optional)").fill(MEMBER.email);
  await owner.getByRole("button", { name: "Create link" }).click();
  const link = await owner.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(owner, "people and invitations page");

  const member = await (await browser.newContext()).newPage();
  await member.goto(link);
  await expect(member.getByText(`Account for ${MEMBER.email}`)).toBeVisible();
  await expectAccessible(member, "invitation page");
  await member.getByLabel("Name").fill(MEMBER.name);
  await member.getByLabel("New password").fill(MEMBER.password);
  await member.getByLabel("Repeat the password").fill("something else entirely");
  await member.getByRole("button", { name: "Create my account" }).click();
  await expect(member.locator("main").getByRole("alert")).toHaveText("The two passwords differ.");
  await member.getByLabel("Repeat the password").fill(MEMBER.password);
  await member.getByRole("button", { name: "Create my account" }).click();
  await expect(member).toHaveURL(/\/$/);
  await member.locator("summary", { hasText: MEMBER.name }).click();
  await expect(member.getByText(`Signed in as ${MEMBER.email}`)).toBeVisible();
  await expectAccessible(member, "open account menu");
  // A member does not manage people.
  await expect(member.getByRole("link", { name: "People and invitations" })).toHaveCount(0);

  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.locator("main").getByRole("alert")).toContainText("This link does not work any more");

  await owner.reload();
  await expect(owner.getByRole("cell", { name: MEMBER.email })).toBeVisible();
});

test("a signed-in member translates in the editor: the gate lets their saves and reads through", async ({ browser }) => {
  const page = await newSignedInPage(browser, MEMBER);
  const documentPage = new DocumentPage(page);
  await documentPage.goto(1);
  await documentPage.target(1).fill("");
  await documentPage.target(1).pressSequentially("Saved by a signed-in member.");
  await documentPage.expectSaved();
  await page.reload();
  await expect(documentPage.target(1)).toHaveValue("Saved by a signed-in member.");
});

test("sign out everywhere ends the member's other session: it cannot read any more, and its editor keeps the text until they sign in again", async ({ browser, baseURL }) => {
  const laptop = await newSignedInPage(browser, MEMBER);
  const phone = await newSignedInPage(browser, MEMBER);
  const phoneCookies = (await phone.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const before = await rawRequest(`${baseURL}/api/mt/settings`, { headers: { Host: new URL(baseURL!).host, Cookie: phoneCookies } });
  expect(before.status).toBe(200);
  const editor = new DocumentPage(phone);
  await editor.goto(1);

  await laptop.locator("summary", { hasText: MEMBER.name }).click();
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);

  const after = await rawRequest(`${baseURL}/api/mt/settings`, { headers: { Host: new URL(baseURL!).host, Cookie: phoneCookies } });
  expect(after.status).toBe(401);

  await editor.target(2).fill("Typed after the session ended.");
  await expect(editor.saveState).toHaveText("Signed out — changes kept; sign in again");
  const again = await phone.context().newPage();
  await signIn(again, MEMBER);
  await editor.expectSaved();
  await phone.reload();
  await expect(editor.target(2)).toHaveValue("Typed after the session ended.");

  await again.locator("summary", { hasText: MEMBER.name }).click();
  await again.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(again).toHaveURL(/\/sign-in/);
  await phone.goto("/glossary");
  await expect(phone).toHaveURL(/\/sign-in\?next=%2Fglossary$/);
});

test("`duizhao users add --role owner` prints a one-time link where the new owner sets a password and is signed in", async ({ browser, baseURL }) => {
  const databaseUrl = process.env.E2E_TEAM_DATABASE_URL || "file:./data/e2e-team.db";
  const link = execFileSync(process.execPath, ["bin/duizhao.js", "users", "add", "second.owner@example.org", "--role", "owner"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DUIZHAO_PUBLIC_URL: baseURL! },
    encoding: "utf8",
  }).trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await expect(page.getByText("Account for second.owner@example.org")).toBeVisible();
  await page.getByLabel("New password").fill("second owner pass phrase");
  await page.getByLabel("Repeat the password").fill("second owner pass phrase");
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.locator("summary", { hasText: "second.owner" }).click();
  await expect(page.getByRole("link", { name: "People and invitations" })).toBeVisible();
});

test("sign out ends only this browser's session", async ({ browser }) => {
  const one = await newSignedInPage(browser, OWNER);
  const two = await newSignedInPage(browser, OWNER);
  await one.locator("summary", { hasText: OWNER.name }).click();
  await one.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(one).toHaveURL(/\/sign-in/);
  await one.goto("/");
  await expect(one).toHaveURL(/\/sign-in/);
  await two.goto("/");
  await expect(two.locator("summary", { hasText: OWNER.name })).toBeVisible();
});

test("sign-in is rate-limited per account, even from ever-changing forwarded addresses", async ({ page, baseURL }) => {
  const email = "target@example.org";
  let refused = 0;
  for (let attempt = 0; attempt < 12; attempt++) {
    const response = await rawRequest(`${baseURL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { Origin: baseURL!, Host: new URL(baseURL!).host, "Content-Type": "application/json", "X-Forwarded-For": `203.0.113.${attempt + 1}` },
      body: JSON.stringify({ email, password: `guess number ${attempt} here` }),
    });
    if (response.status === 429) refused++;
  }
  expect(refused).toBe(2);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("one more guess here");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Too many sign-in attempts. Wait");
});
