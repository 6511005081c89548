import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolation, shootWide } from "./axe-check";
import { dragAcross } from "./mouse";
import { DocumentPage } from "./pages/document-page";
import { craftedAction } from "./crafted-action";
import { newAccount, runCli } from "./team-accounts";

// Glossary proposals in team mode: a translator adds a term from the editor, which becomes a proposal —
// shown as proposed, ignored by QA — and cannot approve it, even by a crafted request; the reviewer finds
// it under Proposals and approves it; from then on QA checks translations against it.

test.describe.configure({ mode: "serial", timeout: 120_000 });

const DATABASE_URL = process.env.E2E_TEAM_DATABASE_URL || "file:./data/e2e-team.db";
const stamp = Date.now().toString(36);
const OWNER = { email: `olu.${stamp}@example.org`, name: `Olu Owner ${stamp}`, password: "owner pass phrase 2026" };
const REVIEWER = { email: `rui.${stamp}@example.org`, name: `Rui Reviewer ${stamp}`, password: "review pass phrase 2026" };
const TRANSLATOR = { email: `tao.${stamp}@example.org`, name: `Tao Translator ${stamp}`, password: "translate pass phrase 2026" };
// Terms no other team journey adds (they share the one glossary).
const PROPOSED = { source: "稽查队", target: "inspection team" };
const APPROVED = { source: "防汛办", target: "flood control office" };

let reviewer: Page;
let translator: Page;
let documentId = 0;
let termId = 0;

test.beforeAll(async ({ browser, baseURL }) => {
  // Three accounts and a project's members: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(120_000);
  const owner = await newAccount(browser, DATABASE_URL, baseURL!, OWNER, "owner");
  reviewer = await newAccount(browser, DATABASE_URL, baseURL!, REVIEWER, "member");
  translator = await newAccount(browser, DATABASE_URL, baseURL!, TRANSLATOR, "member");
  // Both work in the default project (which uses the shared glossary), where the CLI imports the document.
  await owner.goto("/projects");
  const project = owner.getByRole("region", { name: "Default project", exact: true });
  for (const [who, role] of [[REVIEWER, "Reviewer"], [TRANSLATOR, "Translator"]] as const) {
    await project.getByLabel("Email of someone with an account").fill(who.email);
    await project.locator(`select[name="role"]`).selectOption({ label: role });
    await project.getByRole("button", { name: "Add member" }).click();
    await expect(project.getByRole("combobox", { name: `Role of ${who.name}` })).toHaveValue(role.toLowerCase());
  }
  await owner.context().close();
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-glossary-"));
  try {
    writeFileSync(path.join(dir, "source.txt"), `${PROPOSED.source}今天来了。\n${APPROVED.source}发布了通知。`);
    documentId = Number(runCli(DATABASE_URL, ["import", path.join(dir, "source.txt"), "--title", `Proposals ${stamp}`, "--raw"]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a reviewer's new term is approved at once", async () => {
  await reviewer.goto(`/glossary?q=${APPROVED.source}`);
  await reviewer.getByRole("textbox", { name: "Chinese" }).fill(APPROVED.source);
  await reviewer.getByRole("textbox", { name: "English" }).fill(APPROVED.target);
  await reviewer.getByRole("button", { name: "Add term" }).click();
  const row = reviewer.getByRole("row").filter({ hasText: APPROVED.target });
  await expect(row.getByRole("cell", { name: "Approved" })).toBeVisible();
});

test("the translator proposes a term from the editor: marked proposed, and QA does not check it", async () => {
  const editor = new DocumentPage(translator);
  await editor.goto(documentId);
  const source = editor.row(1).locator(".source-text");
  await dragAcross(translator, source, PROPOSED.source);
  const dialog = translator.getByRole("dialog", { name: "Annotate" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("textbox", { name: "Gloss" }).click();
  await translator.keyboard.type(PROPOSED.target);
  await dialog.getByRole("checkbox", { name: "Add to the glossary" }).click();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();

  const proposed = editor.row(1).locator("mark.term-proposed");
  await expect(proposed).toHaveText(PROPOSED.source);
  await expect(proposed).toHaveAttribute("data-proposed", "Proposed");
  await expect(proposed).toHaveAttribute("title", new RegExp(`${PROPOSED.target} \\(Proposed\\)`));
  termId = Number(await proposed.getAttribute("data-term-id"));
  expect(termId).toBeGreaterThan(0);
  // The approved term is drawn as before.
  await expect(editor.row(2).locator("mark.term")).toHaveText(APPROVED.source);
  await expect(editor.row(2).locator("mark.term-proposed")).toHaveCount(0);

  // Neither translation has its term: only the approved one is warned about.
  await editor.target(1).click();
  await translator.keyboard.type("The inspectors came today.");
  await editor.target(2).click();
  await translator.keyboard.type("The office issued a notice.");
  await editor.expectSaved();
  await expect(editor.row(2).getByRole("button", { name: "Paragraph 2: 1 QA warning" })).toBeVisible();
  await expect(editor.row(1).getByRole("button", { name: /QA warning/ })).toHaveCount(0);
  if (process.env.SHOTS_DIR) await editor.row(1).screenshot({ path: path.join(process.env.SHOTS_DIR, "editor-proposed-row.png") });
});

test("the translator sees the proposal on the glossary page but cannot approve it, even by a crafted request", async ({ baseURL }) => {
  await translator.goto("/glossary?show=proposals");
  const row = translator.getByRole("row").filter({ hasText: PROPOSED.target });
  await expect(row.getByText("Proposed", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `Approve ${PROPOSED.source}` })).toHaveCount(0);
  // Their own proposal: they may still edit or withdraw it.
  await expect(row.getByRole("button", { name: `Withdraw ${PROPOSED.source}` })).toBeVisible();
  await expect(row.getByRole("button", { name: `Edit ${PROPOSED.source}` })).toBeVisible();
  // An approved term is not theirs to change.
  await translator.goto(`/glossary?q=${APPROVED.source}`);
  await expect(translator.getByRole("row").filter({ hasText: APPROVED.target })).toBeVisible();
  await expect(translator.getByRole("button", { name: `Edit ${APPROVED.source}` })).toHaveCount(0);
  await expect(translator.getByRole("button", { name: `Delete ${APPROVED.source}` })).toHaveCount(0);

  const refused = await craftedAction(translator, baseURL!, { file: "app/glossary/actions.ts", name: "approveTermAction", pagePath: "/glossary" }, [{ id: termId }]);
  expect(refused.body).toContain('"code":"FORBIDDEN"');
  expect(refused.body).not.toContain('"ok":true');
  await translator.goto("/glossary?show=proposals");
  await expect(translator.getByRole("row").filter({ hasText: PROPOSED.target }).getByText("Proposed", { exact: true })).toBeVisible();
});

test("the reviewer finds it under Proposals, with who proposed it, and approves it; then QA warns about it", async () => {
  await reviewer.goto("/glossary");
  await reviewer.getByRole("link", { name: /^Proposals \(\d+\)$/ }).click();
  await expect(reviewer).toHaveURL(/show=proposals/);
  await expect(reviewer.getByRole("link", { name: /^Proposals/ })).toHaveAttribute("aria-current", "page");
  const row = reviewer.getByRole("row").filter({ hasText: PROPOSED.target });
  await expect(row).toContainText(`by ${TRANSLATOR.name}`);
  await expect(row.getByRole("button", { name: `Reject ${PROPOSED.source}` })).toBeVisible();
  await expectNoSeriousAxeViolation(reviewer, "glossary proposals");
  await shootWide(reviewer, "glossary-proposals");

  await row.getByRole("button", { name: `Approve ${PROPOSED.source}` }).click();
  await expect(reviewer.getByRole("row").filter({ hasText: PROPOSED.target })).toHaveCount(0);
  await reviewer.goto(`/glossary?q=${PROPOSED.source}`);
  await expect(reviewer.getByRole("row").filter({ hasText: PROPOSED.target }).getByRole("cell", { name: "Approved" })).toBeVisible();
  await expectNoSeriousAxeViolation(reviewer, "glossary with an approved proposal");

  const editor = new DocumentPage(translator);
  await editor.goto(documentId);
  await expect(editor.row(1).locator("mark.term")).toHaveText(PROPOSED.source);
  await expect(editor.row(1).locator("mark.term-proposed")).toHaveCount(0);
  await expect(editor.row(1).getByRole("button", { name: "Paragraph 1: 1 QA warning" })).toBeVisible();
});
