import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DocumentPage } from "./pages/document-page";
import { newAccount, runCli } from "./team-accounts";

// Two team-mode app servers on one PostgreSQL (playwright.multi.config.ts), as behind a load balancer:
// what is saved on server A shows live on server B, presence travels between them, and B's
// translation memory finds what A saved.

test.describe.configure({ mode: "serial" });

const A = process.env.E2E_MULTI_A!;
const B = process.env.E2E_MULTI_B!;
const DATABASE_URL = process.env.E2E_MULTI_URL!;
const ANA = { email: "ana.lima@example.org", name: "Ana Lima", password: "river stone lantern 2026" };
const BO = { email: "bo.chen@example.org", name: "Bo Chen", password: "paper crane window 1912" };

function seedDocument(text: string, title: string): number {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-e2e-multi-"));
  try {
    writeFileSync(path.join(dir, "source.txt"), text);
    return Number(runCli(DATABASE_URL, ["import", path.join(dir, "source.txt"), "--title", title, "--raw"], A));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Screenshots of the live UI at 1280 and 390 px of `row` when E2E_SHOTS_DIR names a folder. */
async function shots(page: Page, row: Locator, name: string): Promise<void> {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    // Above the memory dock, which covers the bottom of the window.
    await row.evaluate((element) => element.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: path.join(dir, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("a save on server A shows live on server B within 2 s, presence travels between them, and B's memory finds it", async ({ browser }) => {
  const stamp = Date.now();
  const id = seedDocument("城市管理执法局发布通告。\n市民可以拨打热线电话。\n黄石港区明天停水。", `Notice ${stamp}`);
  const ana = new DocumentPage(await newAccount(browser, DATABASE_URL, A, ANA, "owner"));
  const bo = new DocumentPage(await newAccount(browser, DATABASE_URL, B, BO, "owner"));
  await ana.goto(id);
  await bo.goto(id);

  await test.step("Ana (server A) puts the cursor in ¶1: Bo (server B) sees her there and in the list of who is here", async () => {
    await ana.target(1).click();
    await expect(bo.row(1).getByRole("img", { name: "On this paragraph: Ana Lima" })).toBeVisible();
    await expect(bo.page.getByRole("region", { name: "Here now" })).toContainText("Ana Lima");
    await expect(ana.page.getByRole("region", { name: "Here now" })).toContainText("Bo Chen");
  });

  await test.step("Ana confirms a translation of ¶2 on server A: it appears on server B within 2 s, saying who changed it", async () => {
    await ana.target(2).click();
    await expect(bo.row(2).getByRole("img", { name: "On this paragraph: Ana Lima" })).toBeVisible();
    await expect(bo.row(1).getByRole("img")).toHaveCount(0);
    await ana.page.keyboard.type("Residents can call the hotline.");
    await ana.page.keyboard.press("Control+Enter");
    await ana.expectSaved();
    await expect(bo.target(2)).toHaveValue("Residents can call the hotline.", { timeout: 2_000 });
    await expect(bo.row(2)).toContainText("Changed by Ana Lima");
    await shots(bo.page, bo.row(2), "live-en");
  });

  await test.step("in Chinese: the same on server B after Ana confirms ¶3", async () => {
    if (!process.env.E2E_SHOTS_DIR) return;
    await bo.page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: B }]);
    await bo.page.reload();
    await ana.target(3).click();
    await ana.page.keyboard.type("Huangshigang District will have no water tomorrow.");
    await ana.page.keyboard.press("Control+Enter");
    await ana.expectSaved();
    const third = bo.page.locator(".segment-row").nth(2);
    await expect(third.locator(".changed-by")).toHaveText("Ana Lima 已修改");
    await shots(bo.page, third, "live-zh-CN");
    await bo.page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: B }]);
    await bo.page.reload();
  });

  await test.step("a concordance search on server B finds the paragraph saved on server A", async () => {
    await bo.page.keyboard.press("Control+k");
    const dialog = bo.page.getByRole("dialog", { name: "Concordance search" });
    await dialog.getByRole("searchbox", { name: "Search all documents and memories" }).fill("hotline");
    await expect(dialog.getByRole("listitem").filter({ hasText: "Residents can call the hotline." }).locator("mark")).toHaveText("hotline");
    await bo.page.keyboard.press("Escape");
  });

  await test.step("a second document on server B gets the 100% match of the paragraph saved on server A", async () => {
    const second = seedDocument("市民可以拨打热线电话。", `Second ${stamp}`);
    await bo.goto(second);
    await bo.target(1).click();
    const matches = bo.page.getByRole("region", { name: "Translation memory" }).getByRole("list", { name: "Memory matches for paragraph 1" });
    await expect(matches.getByRole("listitem").first()).toContainText("100%");
    await expect(matches.getByRole("listitem").first()).toContainText("Residents can call the hotline.");
  });

  await test.step("Bo leaves the document: Ana no longer sees him", async () => {
    await expect(ana.page.getByRole("region", { name: "Here now" })).toHaveCount(0);
  });
});
