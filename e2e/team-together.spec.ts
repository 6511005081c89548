import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolation, shoot } from "./axe-check";
import { DocumentPage } from "./pages/document-page";
import { newAccount, runCli } from "./team-accounts";

// Team mode, working together: a document assigned to a translator (a member of its project) and a reviewer; the reviewer
// mentions the translator in a comment, which the translator's "My work" lists; a reviewed paragraph
// the translator changes goes back to translated and says who changed it.

test.describe.configure({ mode: "serial" });

const DATABASE_URL = process.env.E2E_TEAM_DATABASE_URL || "file:./data/e2e-team.db";
const stamp = Date.now().toString(36);
const REVIEWER = { email: `ada.${stamp}@example.org`, name: `Ada Reviewer ${stamp}`, password: "review pass phrase 2026" };
const TRANSLATOR = { email: `bao.${stamp}@example.org`, name: `Bao Translator ${stamp}`, password: "translate pass phrase 2026" };

let reviewer: Page;
let translator: Page;
let documentId = 0;

test.beforeAll(async ({ browser, baseURL }) => {
  reviewer = await newAccount(browser, DATABASE_URL, baseURL!, REVIEWER, "owner");
  translator = await newAccount(browser, DATABASE_URL, baseURL!, TRANSLATOR, "member");
  // The translator works in the default project, where the CLI imports the document.
  await reviewer.goto("/projects");
  const project = reviewer.getByRole("region", { name: "Default project", exact: true });
  await project.getByLabel("Email of someone with an account").fill(TRANSLATOR.email);
  await project.locator(`select[name="role"]`).selectOption({ label: "Translator" });
  await project.getByRole("button", { name: "Add member" }).click();
  await expect(project.getByRole("combobox", { name: `Role of ${TRANSLATOR.name}` })).toHaveValue("translator");
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-team-"));
  try {
    writeFileSync(path.join(dir, "source.txt"), "第一段。\n第二段。\n第三段。");
    documentId = Number(runCli(DATABASE_URL, ["import", path.join(dir, "source.txt"), "--title", `Together ${stamp}`, "--raw"]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the reviewer assigns the document, reviews a paragraph and mentions the translator; the translator's My work lists both", async () => {
  const editor = new DocumentPage(reviewer);
  await editor.goto(documentId);
  const assignment = reviewer.getByRole("form", { name: "Assignment" });
  await assignment.getByLabel("Translator", { exact: true }).selectOption({ label: TRANSLATOR.name });
  await assignment.getByLabel("Reviewer", { exact: true }).selectOption({ label: REVIEWER.name });
  await assignment.getByRole("button", { name: "Save assignment" }).click();
  await expect(assignment.getByText("Assignment saved.")).toBeVisible();

  await editor.target(1).click();
  await reviewer.keyboard.type("The first paragraph.");
  await editor.status(1).selectOption("reviewed");
  await editor.expectSaved();

  await reviewer.getByRole("button", { name: "Comments on paragraph 1" }).click();
  const dialog = reviewer.getByRole("dialog", { name: "Comments on paragraph 1" });
  await dialog.getByRole("combobox", { name: "Comment", exact: true }).click();
  await reviewer.keyboard.type("Please look again, @Bao");
  await expect(dialog.getByRole("option", { name: TRANSLATOR.name })).toBeVisible();
  await reviewer.keyboard.press("Enter");
  await reviewer.keyboard.type("the tense is off.");
  await dialog.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(dialog.locator(".comment-mention")).toHaveText(`@${TRANSLATOR.name}`);
  await expect(dialog.getByText(REVIEWER.name, { exact: true })).toBeVisible();
  await shoot(reviewer, "team-mention-1280");
  await reviewer.keyboard.press("Escape");

  await translator.goto("/");
  await translator.getByRole("link", { name: "My work" }).click();
  await expect(translator.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();
  const row = translator.getByRole("row", { name: new RegExp(`Together ${stamp}`) });
  await expect(row.getByRole("cell", { name: "Translator", exact: true })).toBeVisible();
  await expect(row).toContainText("2 paragraphs to translate");
  const mentions = translator.getByRole("region", { name: "Open comments that mention me" });
  await expect(mentions.getByText("the tense is off.", { exact: false })).toBeVisible();
  await expect(mentions.getByRole("link", { name: `Together ${stamp} · Go to ¶1` })).toBeVisible();
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await translator.setViewportSize(viewport);
    await expectNoSeriousAxeViolation(translator, `my work ${viewport.width}`);
    await shoot(translator, `team-my-work-${viewport.width}`);
  }
  await translator.setViewportSize({ width: 1280, height: 800 });
});

test("the translator changes the reviewed paragraph: it goes back to translated and shows who changed it", async () => {
  await translator.getByRole("link", { name: `Together ${stamp} · Go to ¶1` }).click();
  const editor = new DocumentPage(translator);
  await expect(editor.target(1)).toHaveValue("The first paragraph.");
  await expect(editor.status(1)).toHaveValue("reviewed");
  await editor.target(1).click();
  await translator.keyboard.press("End");
  await translator.keyboard.type(" Changed.");
  await expect(editor.status(1)).toHaveValue("translated");
  await editor.expectSaved();

  const reviewerEditor = new DocumentPage(reviewer);
  await reviewerEditor.goto(documentId);
  await expect(reviewerEditor.status(1)).toHaveValue("translated");
  await expect(reviewerEditor.row(1)).toContainText(`Changed after review by ${TRANSLATOR.name}`);
  await expect(reviewer.getByText(`Translator: ${TRANSLATOR.name}`).or(reviewer.getByRole("form", { name: "Assignment" })).first()).toBeVisible();
  await expectNoSeriousAxeViolation(reviewer, "editor with assignment and review change");
  await shoot(reviewer, "team-review-change-1280");

  await reviewer.getByRole("button", { name: "History of paragraph 1" }).click();
  const history = reviewer.getByRole("dialog");
  await expect(history.locator(".revision-meta").first()).toContainText(`by ${TRANSLATOR.name}`);
  await expect(history.locator(".revision-meta").nth(1)).toContainText(`by ${REVIEWER.name}`);
  await reviewer.keyboard.press("Escape");
  await reviewer.goto(`/documents/${documentId}/activity`);
  await expect(reviewer.locator(".activity-item").first()).toContainText(TRANSLATOR.name);
  await reviewer.getByLabel("Person").selectOption({ label: REVIEWER.name });
  await reviewer.getByRole("button", { name: "Show" }).click();
  await expect(reviewer).toHaveURL(/person=/);
  // The reviewer's comment names the translator in its text, never as its author.
  await expect(reviewer.locator(".activity-item > strong").filter({ hasText: TRANSLATOR.name })).toHaveCount(0);
  await expect(reviewer.locator(".activity-item").filter({ hasText: "commented on ¶1" })).toContainText(REVIEWER.name);
  await expect(reviewer.locator(".activity-item").filter({ hasText: "saved ¶1 (Reviewed)" })).toContainText(REVIEWER.name);
  await expect(reviewer.locator(".activity-item").first()).toContainText(REVIEWER.name);
  await shoot(reviewer, "team-activity-1280");
});
