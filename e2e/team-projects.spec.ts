import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Page } from "@playwright/test";
import { shootWide } from "./axe-check";
import { craftedSave } from "./crafted-action";
import { rawRequest } from "./http-raw";
import { DocumentPage } from "./pages/document-page";
import { LOCALE_COOKIE } from "../i18n/locales";
import { newAccount, runCli } from "./team-accounts";

// Projects and per-project roles in team mode (playwright.team.config.ts): an owner makes a project with
// a translator and a viewer; each sees and may do only what their role allows, and the server refuses the
// rest even when the request is crafted by hand. Its own accounts (made with `duizhao users add`), so it
// runs with or without the other team journeys.

test.describe.configure({ mode: "serial", timeout: 120_000 });

const DATABASE_URL = process.env.E2E_TEAM_DATABASE_URL || "file:./data/e2e-team.db";
const run = Date.now().toString(36);
const PROJECT = `Subtitles ${run}`;
const ELSEWHERE = `Elsewhere ${run}`;
const TITLE = `Forum post ${run}`;
const person = (role: string) => ({ email: `${role}.${run}@example.org`, name: `${role[0].toUpperCase()}${role.slice(1)} ${run}`, password: `${role} long pass phrase ${run}` });
const OWNER = person("owner");
const TRANSLATOR = person("translator");
const VIEWER = person("viewer");
const OUTSIDER = person("outsider");

let documentId = 0;
// Each person's signed-in page, from their one-time link: signing in again could meet the sign-in rate
// limit another journey (team-auth) used up from this address.
const pages = new Map<string, Page>();

async function signedIn(who: typeof OWNER): Promise<Page> {
  const page = pages.get(who.email)!;
  await page.goto("/");
  return page;
}

async function expectAccessible(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(" | ")}`);
  expect.soft(serious, `serious or critical axe violations on ${name}`).toEqual([]);
}

test("an owner creates a project, adds a translator and a viewer, and moves a document into it", async ({ browser, baseURL }) => {
  const owner = await newAccount(browser, DATABASE_URL, baseURL!, OWNER, "owner");
  const translator = await newAccount(browser, DATABASE_URL, baseURL!, TRANSLATOR, "member");
  const viewer = await newAccount(browser, DATABASE_URL, baseURL!, VIEWER, "member");
  const outsider = await newAccount(browser, DATABASE_URL, baseURL!, OUTSIDER, "member");
  for (const [who, page] of [[OWNER, owner], [TRANSLATOR, translator], [VIEWER, viewer], [OUTSIDER, outsider]] as const) pages.set(who.email, page);

  const file = path.join(os.tmpdir(), `projects-${run}.txt`);
  writeFileSync(file, "第一段。\n第二段。");
  documentId = Number(/\d+/.exec(runCli(DATABASE_URL, ["import", file, "--title", TITLE], baseURL!))![0]);

  await owner.getByRole("link", { name: "Projects" }).click();
  await expect(owner.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  for (const name of [PROJECT, ELSEWHERE]) {
    await owner.getByRole("region", { name: "New project" }).getByLabel("Name").fill(name);
    await owner.getByRole("button", { name: "Create project" }).click();
    await expect(owner.getByRole("heading", { name, level: 2 })).toBeVisible();
  }
  const project = owner.getByRole("region", { name: PROJECT, exact: true });
  for (const [who, role] of [[TRANSLATOR, "Translator"], [VIEWER, "Viewer"]] as const) {
    await project.getByLabel("Email of someone with an account").fill(who.email);
    await project.locator(`select[name="role"]`).selectOption({ label: role });
    await project.getByRole("button", { name: "Add member" }).click();
    await expect(project.getByRole("combobox", { name: `Role of ${who.name}` })).toHaveValue(role.toLowerCase());
  }
  const elsewhere = owner.getByRole("region", { name: ELSEWHERE, exact: true });
  await elsewhere.getByLabel("Email of someone with an account").fill(OUTSIDER.email);
  await elsewhere.getByRole("button", { name: "Add member" }).click();
  await expect(elsewhere.getByRole("combobox", { name: `Role of ${OUTSIDER.name}` })).toHaveValue("translator");
  // An unknown email is refused with a message, and changes nothing.
  await project.getByLabel("Email of someone with an account").fill(`nobody.${run}@example.org`);
  await project.getByRole("button", { name: "Add member" }).click();
  await expect(project.getByRole("alert")).toHaveText("Nobody has an account with this email. Invite them first.");
  await expect(project.getByRole("row")).toHaveCount(3);
  await expectAccessible(owner, "projects page");
  await shootWide(owner, "projects-page");
  await owner.context().addCookies([{ name: LOCALE_COOKIE, value: "zh-CN", url: baseURL! }]);
  await owner.reload();
  await expect(owner.getByRole("heading", { name: "项目", level: 1 })).toBeVisible();
  await expectAccessible(owner, "projects page in Chinese");
  await shootWide(owner, "projects-page-zh-CN");
  await owner.context().addCookies([{ name: LOCALE_COOKIE, value: "en", url: baseURL! }]);

  await owner.goto("/");
  const move = owner.getByRole("combobox", { name: `Move “${TITLE}” to another project` });
  await move.selectOption({ label: PROJECT });
  await owner.getByRole("button", { name: "Move", exact: true }).click();
  // Moved: the page shows the document in its new project, so there is nothing left to move.
  await expect(owner.getByRole("button", { name: "Move", exact: true })).toHaveCount(0);
  await owner.reload();
  await expect(owner.getByRole("combobox", { name: `Move “${TITLE}” to another project` }).locator("option:checked")).toHaveText(PROJECT);
  await expectAccessible(owner, "documents list with projects");
  await shootWide(owner, "documents-with-projects");
});

test("the viewer sees only the project's documents and reads the editor; a crafted save is refused by the server", async ({ baseURL }) => {
  const viewer = await signedIn(VIEWER);
  await expect(viewer.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(viewer.locator(".document-table tbody tr")).toHaveCount(1);
  await viewer.getByRole("link", { name: TITLE }).click();
  const editor = new DocumentPage(viewer);
  await expect(editor.target(1)).toBeVisible();
  await expect(viewer.getByText("You can read and export this document")).toBeVisible();
  await expect(editor.target(1)).toHaveAttribute("readonly", "");
  await editor.target(1).click();
  await viewer.keyboard.type("Typed by a viewer");
  await expect(editor.target(1)).toHaveValue("");
  await expect(editor.status(1)).toBeDisabled();
  // Nor do the shortcuts: copy the source, mark translated, undo, find and replace.
  for (const keys of ["Control+Shift+S", "Control+Enter", "Control+Z", "Control+H"]) await viewer.keyboard.press(keys);
  await expect(editor.target(1)).toHaveValue("");
  await expect(editor.status(1)).toHaveValue("untranslated");
  await expect(viewer.getByRole("dialog")).toHaveCount(0);
  await expect(editor.saveState).toHaveText("Saved");
  // No tool that writes: batches, pre-translation, replace, MT drafts, importing translations back, commenting.
  for (const name of ["Find and replace", "Pre-translate…", "Draft with MT…", "Change status…", "Lock all reviewed"]) await expect(viewer.getByRole("button", { name })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^Annotations \(\d+\)$/ })).toBeVisible();
  await viewer.locator(".export-menu summary").click();
  await expect(viewer.getByRole("form", { name: "Export this document" })).toBeVisible();
  await expect(viewer.getByRole("form", { name: "Import translations" })).toHaveCount(0);
  await viewer.locator(".export-menu summary").click();
  await viewer.getByRole("button", { name: "Comments on paragraph 1" }).click();
  const comments = viewer.getByRole("dialog", { name: "Comments on paragraph 1" });
  await expect(comments.getByText("No comments on this paragraph yet.")).toBeVisible();
  await expect(comments.getByRole("region", { name: "New comment" })).toHaveCount(0);
  await shootWide(viewer, "viewer-comments");
  await viewer.keyboard.press("Escape");
  await expectAccessible(viewer, "read-only editor");
  await shootWide(viewer, "viewer-editor");

  const segmentId = Number(await editor.target(1).getAttribute("data-segment-id"));
  const refused = await craftedSave(viewer, baseURL!, documentId, { segmentId, baseVersion: 0, target: "Crafted text.", status: "translated" });
  expect(refused.body).toContain('"code":"FORBIDDEN"');
  expect(refused.body).not.toContain('"ok":true');
  await viewer.reload();
  await expect(editor.target(1)).toHaveValue("");

  // Only a global owner creates projects: no form for a member (createProjectAction refuses them: the authorisation suite).
  await viewer.goto("/projects");
  await expect(viewer.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await expect(viewer.getByRole("region", { name: PROJECT, exact: true })).toBeVisible();
  await expect(viewer.getByRole("region", { name: "New project" })).toHaveCount(0);
});

test("the translator saves a translation but cannot mark it reviewed, in the editor or by a crafted request", async ({ baseURL }) => {
  const translator = await signedIn(TRANSLATOR);
  const editor = new DocumentPage(translator);
  await editor.goto(documentId);
  await expect(translator.getByText("You can read and export this document")).toHaveCount(0);
  await editor.target(1).click();
  await translator.keyboard.type("The first paragraph.");
  await editor.expectSaved();
  await expect(editor.status(1).locator('option[value="reviewed"]')).toBeDisabled();
  // Batches that only a reviewer may run are not offered; those of a translator are.
  await expect(translator.getByRole("button", { name: "Change status…" })).toBeVisible();
  await expect(translator.getByRole("button", { name: "Lock all reviewed" })).toHaveCount(0);

  const segmentId = Number(await editor.target(1).getAttribute("data-segment-id"));
  const refused = await craftedSave(translator, baseURL!, documentId, { segmentId, baseVersion: 0, target: "Crafted text.", status: "reviewed" });
  expect(refused.body).toContain('"code":"FORBIDDEN"');
  await translator.reload();
  await expect(editor.target(1)).toHaveValue("The first paragraph.");
  await expect(editor.status(1)).not.toHaveValue("reviewed");
});

test("a member of another project gets 404 for the document, and does not see it listed", async ({ baseURL }) => {
  const outsider = await signedIn(OUTSIDER);
  await expect(outsider.getByRole("link", { name: TITLE })).toHaveCount(0);
  const response = await outsider.goto(`/documents/${documentId}`);
  expect(response?.status()).toBe(404);
  await expect(outsider.getByRole("heading", { name: "Not found" })).toBeVisible();
  const cookie = (await outsider.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const exported = await rawRequest(`${baseURL}/api/documents/${documentId}/export?format=json`, { headers: { Host: new URL(baseURL!).host, Cookie: cookie } });
  expect(exported.status).toBe(404);
  await expectAccessible(outsider, "not found");
});

test("a term the owner adds to the project's glossary is seen by the project's translator, not by a member of another project", async () => {
  const term = { source: `城管执法队${run}`, target: `urban enforcement team ${run}` };
  const owner = await signedIn(OWNER);
  await owner.goto("/glossary");
  await owner.getByRole("textbox", { name: "Chinese" }).fill(term.source);
  await owner.getByRole("textbox", { name: "English" }).fill(term.target);
  await owner.getByRole("combobox", { name: "Add to", exact: true }).selectOption({ label: PROJECT });
  await owner.getByRole("button", { name: "Add term" }).click();
  await expect(owner.getByRole("row").filter({ hasText: term.target })).toBeVisible();

  const translator = await signedIn(TRANSLATOR);
  await translator.goto(`/glossary?q=${encodeURIComponent(term.source)}`);
  await expect(translator.getByRole("row").filter({ hasText: term.target })).toBeVisible();
  const outsider = await signedIn(OUTSIDER);
  await outsider.goto(`/glossary?q=${encodeURIComponent(term.source)}`);
  await expect(outsider.getByRole("heading", { name: "Glossary", level: 1 })).toBeVisible();
  await expect(outsider.getByRole("row").filter({ hasText: term.target })).toHaveCount(0);
});

test("a translator in one project and a reviewer in another may import terms only into the other", async () => {
  const owner = await signedIn(OWNER);
  await owner.goto("/projects");
  const elsewhere = owner.getByRole("region", { name: ELSEWHERE, exact: true });
  await elsewhere.getByLabel("Email of someone with an account").fill(TRANSLATOR.email);
  await elsewhere.locator(`select[name="role"]`).selectOption({ label: "Reviewer" });
  await elsewhere.getByRole("button", { name: "Add member" }).click();
  await expect(elsewhere.getByRole("combobox", { name: `Role of ${TRANSLATOR.name}` })).toHaveValue("reviewer");

  const translator = await signedIn(TRANSLATOR);
  await translator.goto("/glossary");
  const options = (name: string) => translator.getByRole("combobox", { name, exact: true }).locator("option");
  const shared = "Shared (every project that uses it)";
  await expect(options("Add to")).toHaveCount(3);
  for (const scope of [shared, PROJECT, ELSEWHERE]) await expect(options("Add to").filter({ hasText: scope })).toHaveCount(1);
  await expect(options("Import into")).toHaveText([shared, ELSEWHERE]);
  await expectAccessible(translator, "the glossary with two scope choices");
  await shootWide(translator, "glossary-import-scopes");
});
