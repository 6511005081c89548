import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolation, shoot } from "./axe-check";
import { craftedSave } from "./crafted-action";
import { DocumentPage } from "./pages/document-page";
import { newAccount, runCli, type Person } from "./team-accounts";

// Issue 19's whole journey on two team-mode app servers over one PostgreSQL (playwright.multi.config.ts):
// an owner makes a project and invites a translator, a reviewer and a viewer with one-time links; the
// translator works on server A, the reviewer on server B sees the translation live, marks it reviewed and
// locks it; the translator can no longer change it; the reviewer's @mention reaches the translator's My
// work; the server refuses a viewer's save crafted by hand.

test.describe.configure({ mode: "serial" });

const A = process.env.E2E_MULTI_A!;
const B = process.env.E2E_MULTI_B!;
const DATABASE_URL = process.env.E2E_MULTI_URL!;
const run = Date.now().toString(36);
const PROJECT = `Hotline notices ${run}`;
const TITLE = `Water notice ${run}`;
const person = (role: string, name: string) => ({ email: `${role}.${run}@example.org`, name: `${name} ${run}`, password: `${role} journey pass phrase ${run}` });
const OWNER = person("owner", "Olga Owner");
const TRANSLATOR = person("translator", "Tian Translator");
const REVIEWER = person("reviewer", "Rui Reviewer");
const VIEWER = person("viewer", "Vera Viewer");

function importDocument(text: string): number {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-e2e-journey-"));
  try {
    writeFileSync(path.join(dir, "notice.txt"), text);
    return Number(runCli(DATABASE_URL, ["import", path.join(dir, "notice.txt"), "--title", TITLE, "--raw"], A));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function newPage(browser: Browser, server: string): Promise<Page> {
  return (await browser.newContext({ baseURL: server, locale: "en-US" })).newPage();
}

/** The owner's invitation page makes a one-time link for `who` with a role in the project. */
async function invite(owner: Page, who: Person, projectRole: "Translator" | "Reviewer" | "Viewer"): Promise<string> {
  await owner.goto("/team");
  await owner.getByLabel("Email (optional)").fill(who.email);
  await owner.getByLabel("Project (optional)").selectOption({ label: PROJECT });
  await owner.getByLabel("Role in the project").selectOption({ label: projectRole });
  await owner.getByRole("button", { name: "Create link" }).click();
  const link = owner.getByRole("textbox", { name: "Invitation link" });
  await expect(link).toHaveValue(/\/invite\//);
  return link.inputValue();
}

/** `who` opens their invitation link on `server` and makes their account: a signed-in page there. */
async function accept(browser: Browser, link: string, who: Person, server: string): Promise<Page> {
  const page = await newPage(browser, server);
  await page.goto(new URL(new URL(link).pathname, server).href);
  await expect(page.getByText(who.email)).toBeVisible();
  await page.getByLabel("Name").fill(who.name);
  await page.getByLabel("New password").fill(who.password);
  await page.getByLabel("Repeat the password").fill(who.password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(new RegExp(`^${server}/$`));
  return page;
}

let documentId = 0;
let owner: Page;
let translator: DocumentPage;
let reviewer: DocumentPage;
let viewer: DocumentPage;

test("the owner makes a project, puts a document in it and invites a translator, a reviewer and a viewer", async ({ browser }) => {
  owner = await newAccount(browser, DATABASE_URL, A, OWNER, "owner");

  await owner.getByRole("link", { name: "Projects" }).click();
  await owner.getByRole("region", { name: "New project" }).getByLabel("Name").fill(PROJECT);
  await owner.getByRole("button", { name: "Create project" }).click();
  await expect(owner.getByRole("heading", { name: PROJECT, level: 2 })).toBeVisible();

  documentId = importDocument("黄石港区明天停水。\n市民可以拨打热线电话。\n停水时间为早上八点到下午六点。");
  await owner.goto("/");
  const move = owner.getByRole("combobox", { name: `Move “${TITLE}” to another project` });
  await move.selectOption({ label: PROJECT });
  await owner.getByRole("button", { name: "Move", exact: true }).click();
  // Moved: the page shows the document in its new project, so there is nothing left to move.
  await expect(owner.getByRole("button", { name: "Move", exact: true })).toHaveCount(0);
  await owner.reload();
  await expect(owner.getByRole("combobox", { name: `Move “${TITLE}” to another project` }).locator("option:checked")).toHaveText(PROJECT);

  const links = { translator: await invite(owner, TRANSLATOR, "Translator"), reviewer: await invite(owner, REVIEWER, "Reviewer"), viewer: await invite(owner, VIEWER, "Viewer") };
  await expectNoSeriousAxeViolation(owner, "invitation page with a link");
  translator = new DocumentPage(await accept(browser, links.translator, TRANSLATOR, A));
  reviewer = new DocumentPage(await accept(browser, links.reviewer, REVIEWER, B));
  viewer = new DocumentPage(await accept(browser, links.viewer, VIEWER, B));

  await owner.goto("/projects");
  const project = owner.getByRole("region", { name: PROJECT, exact: true });
  for (const [who, role] of [[TRANSLATOR, "translator"], [REVIEWER, "reviewer"], [VIEWER, "viewer"]] as const) {
    await expect(project.getByRole("combobox", { name: `Role of ${who.name}` })).toHaveValue(role);
  }
});

test("the translator's save on server A shows live on server B; the reviewer marks it reviewed and locks it", async () => {
  await translator.goto(documentId);
  await reviewer.goto(documentId);
  await translator.target(1).click();
  await translator.page.keyboard.type("Huangshigang District will have no water tomorrow.");
  await translator.page.keyboard.press("Control+Enter");
  await translator.expectSaved();
  await expect(reviewer.target(1)).toHaveValue("Huangshigang District will have no water tomorrow.", { timeout: 2_000 });
  await expect(reviewer.status(1)).toHaveValue("translated");
  await expect(reviewer.row(1)).toContainText(`Changed by ${TRANSLATOR.name}`);

  await expect(translator.status(1).locator('option[value="reviewed"]')).toBeDisabled();
  await reviewer.status(1).selectOption("reviewed");
  await reviewer.expectSaved();
  await reviewer.row(1).getByRole("button", { name: "Lock paragraph 1" }).click();
  await expect(reviewer.row(1).getByRole("button", { name: "Paragraph 1 is locked: unlock it" })).toBeVisible();
  await expectNoSeriousAxeViolation(reviewer.page, "reviewer's editor with a locked paragraph");
  await shoot(reviewer.page, "journey-reviewer-locked-1280");
});

test("the translator, on server A, sees the paragraph reviewed and locked, and cannot change it", async () => {
  await expect(translator.status(1)).toHaveValue("reviewed", { timeout: 2_000 });
  await expect(translator.target(1)).toHaveAttribute("readonly", "");
  await translator.target(1).click();
  await translator.page.keyboard.press("End");
  await translator.page.keyboard.type(" Changed.");
  await expect(translator.target(1)).toHaveValue("Huangshigang District will have no water tomorrow.");
  await expect(translator.page.getByText("Paragraph 1 is locked after review — only a reviewer can unlock it.")).toBeVisible();
  await expect(translator.row(1)).toContainText("Locked after review: only a reviewer can unlock it.");
  await expect(translator.row(1).getByRole("button", { name: /unlock/ })).toHaveCount(0);
  await shoot(translator.page, "journey-translator-locked-1280");

  // Not only the editor: a save crafted by hand is refused by the server, whatever version it names.
  const segmentId = Number(await translator.target(1).getAttribute("data-segment-id"));
  for (const baseVersion of [0, 1, 2, 3, 4]) {
    const refused = await craftedSave(translator.page, A, documentId, { segmentId, baseVersion, target: "Crafted over the lock.", status: "translated" });
    expect(refused.body).toContain('"kind":"conflict"');
    expect(refused.body).toContain('"locked":true');
  }
  await translator.page.reload();
  await expect(translator.target(1)).toHaveValue("Huangshigang District will have no water tomorrow.");
  await expect(translator.status(1)).toHaveValue("reviewed");

  // On a phone-sized window too: the row says it is locked, and typing changes nothing.
  await translator.page.setViewportSize({ width: 390, height: 844 });
  await expect(translator.row(1).locator(".locked-note")).toBeVisible();
  await translator.target(1).click();
  await translator.page.keyboard.type(" Phone.");
  await expect(translator.target(1)).toHaveValue("Huangshigang District will have no water tomorrow.");
  await expectNoSeriousAxeViolation(translator.page, "translator's editor with a locked paragraph, phone");
  await shoot(translator.page, "journey-translator-locked-390");
  await translator.page.setViewportSize({ width: 1280, height: 800 });
});

test("the reviewer's comment with an @mention, written on server B, is in the translator's My work on server A", async () => {
  await reviewer.row(2).getByRole("button", { name: "Comments on paragraph 2" }).click();
  const dialog = reviewer.page.getByRole("dialog", { name: "Comments on paragraph 2" });
  await dialog.getByRole("combobox", { name: "Comment", exact: true }).click();
  await reviewer.page.keyboard.type("@Tian");
  await expect(dialog.getByRole("option", { name: TRANSLATOR.name })).toBeVisible();
  await reviewer.page.keyboard.press("Enter");
  await reviewer.page.keyboard.type("please translate the hotline paragraph next.");
  await dialog.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(dialog.locator(".comment-mention")).toHaveText(`@${TRANSLATOR.name}`);
  await reviewer.page.keyboard.press("Escape");

  await translator.page.goto("/");
  await translator.page.getByRole("link", { name: "My work" }).click();
  const mentions = translator.page.getByRole("region", { name: "Open comments that mention me" });
  await expect(mentions.getByText("please translate the hotline paragraph next.", { exact: false })).toBeVisible();
  await mentions.getByRole("link", { name: `${TITLE} · Go to ¶2` }).click();
  await expect(translator.target(2)).toBeFocused();
  await shoot(translator.page, "journey-translator-from-my-work-1280");
});

test("the viewer reads the document on server B, and the server refuses a save crafted by hand", async () => {
  await viewer.goto(documentId);
  await expect(viewer.page.getByText("You can read and export this document")).toBeVisible();
  await expect(viewer.target(3)).toHaveAttribute("readonly", "");
  const segmentId = Number(await viewer.target(3).getAttribute("data-segment-id"));
  for (const server of [A, B]) {
    const refused = await craftedSave(viewer.page, server, documentId, { segmentId, baseVersion: 0, target: "Crafted by a viewer.", status: "translated" });
    expect(refused.body).toContain('"code":"FORBIDDEN"');
  }
  await viewer.page.reload();
  await expect(viewer.target(3)).toHaveValue("");
  await shoot(viewer.page, "journey-viewer-1280");
  await translator.goto(documentId);
  await expect(translator.target(3)).toHaveValue("");
});
