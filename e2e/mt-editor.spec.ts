import type { Page } from "@playwright/test";
import { startFakeProvider } from "../test-support/fake-mt-provider";
import { expect, test } from "./fixtures";

// Machine translation in the editor, against a local server that speaks OpenAI's streamed chat
// completions: the dock streams the focused paragraph's translation, cancel and ask again, Ctrl+0
// inserts it as a draft with its MT badge, Draft with MT… fills the rest through a 429, and QA flags
// the draft's wrong number. The provider is set on the settings page and switched off again at the end.

const ENGLISH: [chinese: string, english: string][] = [
  ["通報一則", "A notice from the city government"],
  ["共有3名醫生。", "There were 5 doctors."],
  ["今天天氣很好。", "The weather is fine today."],
  ["大家注意安全。", "Everyone, stay safe."],
];
const translate = (source: string) => ENGLISH.find(([chinese]) => source.trim().startsWith(chinese))?.[1] ?? `EN<${source}>`;

async function setProvider(page: Page, baseUrl: string | null, origin = ""): Promise<void> {
  await page.goto(`${origin}/settings`);
  if (baseUrl) {
    await page.getByLabel("Provider", { exact: true }).selectOption("openai");
    await page.getByLabel("Base URL").fill(baseUrl);
    await page.getByLabel("API key").fill("sk-e2e-editor");
    await page.getByLabel("Model").fill("fake-model");
    await page.getByLabel("Chinese sent as").selectOption("original");
  } else await page.getByLabel("Provider", { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(baseUrl ? /^On: OpenAI-compatible API/ : /^Off:/)).toBeVisible();
}

test("machine translation: streamed into the dock, cancelled, inserted with Ctrl+0 and badged; Draft with MT fills the rest through a 429", async ({ page, browser, documentPage, seedDocument }, testInfo) => {
  test.setTimeout(150_000);
  const fake = await startFakeProvider({ apiKey: "sk-e2e-editor" });
  try {
    fake.translate = translate;
    const dock = page.getByRole("region", { name: "Machine translation of paragraph 1" });
    // Every paragraph is new at every run (a tag of Han letters, no digits for QA to compare), so none is in the server's MT cache yet.
    const tag = [...String(Date.now()).slice(-6)].map((digit) => "甲乙丙丁戊己庚辛壬癸"[Number(digit)]).join("");
    const id = seedDocument(ENGLISH.map(([chinese]) => `${chinese}${tag}`).join("\n"));

    await test.step("with no provider, the dock says how to set one up", async () => {
      await documentPage.goto(id);
      await documentPage.target(1).click();
      await expect(page.getByText("Machine translation is not set up.")).toBeVisible();
      await expect(page.getByRole("link", { name: "Set up a provider" })).toHaveAttribute("href", "/settings");
    });

    await setProvider(page, `${fake.url}/v1`);

    await test.step("a slow answer streams in and can be cancelled; asked again it arrives whole", async () => {
      // Nine pieces 600 ms apart: the answer takes about 5 s to stream in whole.
      fake.queue({ kind: "slow", delayMs: 600 });
      await documentPage.goto(id);
      await documentPage.target(1).click();
      await expect(dock.locator(".mt-text")).toHaveText(/^A /);
      await expect(dock.locator(".mt-text")).not.toHaveText("A notice from the city government");
      await dock.getByRole("button", { name: "Cancel" }).click();
      await expect(dock.getByText("Cancelled. Nothing was inserted.")).toBeVisible();
      await dock.getByRole("button", { name: "Ask again" }).click();
      await expect(dock.getByText("A notice from the city government", { exact: true })).toBeVisible();
      await expect(dock.getByText("fake-model")).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath("mt-dock-1280.png") });
    });

    await test.step("Ctrl+0 inserts it as a draft with the MT badge; the translator's edit takes the badge away", async () => {
      await documentPage.target(1).focus();
      await page.keyboard.press("Control+0");
      await expect(documentPage.target(1)).toHaveValue("A notice from the city government");
      const badge = documentPage.row(1).getByText("MT", { exact: true });
      await expect(badge).toBeVisible();
      await expect(badge).toHaveAttribute("title", /openai:fake-model/);
      await documentPage.expectSaved();
      await page.reload();
      await expect(documentPage.row(1).getByText("MT", { exact: true })).toBeVisible();
      await documentPage.target(1).click();
      await page.keyboard.press("End");
      await page.keyboard.type(".");
      await expect(documentPage.row(1).getByText("MT", { exact: true })).toBeHidden();
      await documentPage.expectSaved();
    });

    await test.step("Draft with MT… estimates, then drafts every empty paragraph through a 429 with Retry-After", async () => {
      fake.queue({ kind: "status", status: 429, retryAfter: "1" });
      await page.getByRole("button", { name: "Draft with MT…" }).click();
      const dialog = page.getByRole("dialog", { name: "Draft empty paragraphs with machine translation" });
      await expect(dialog).toContainText("3 empty paragraphs: 3 requests");
      await dialog.getByRole("button", { name: "Draft", exact: true }).click();
      // The first request is answered 429 with Retry-After: 1, so the batch is still running here.
      await expect(dialog.getByRole("progressbar", { name: "Drafting progress" })).toBeVisible();
      await expect(dialog.getByRole("button", { name: "Stop" })).toBeVisible();
      await expect(dialog.getByRole("status")).toHaveText("3 paragraphs drafted, 0 failed, 0 skipped.", { timeout: 30_000 });
      await page.screenshot({ path: testInfo.outputPath("mt-draft-done-1280.png") });
      await dialog.getByRole("button", { name: "Close" }).click();
      await expect(documentPage.target(1)).toHaveValue("A notice from the city government.");
      await expect(documentPage.target(2)).toHaveValue("There were 5 doctors.");
      await expect(documentPage.target(3)).toHaveValue("The weather is fine today.");
      for (const n of [2, 3, 4]) await expect(documentPage.row(n).getByText("MT", { exact: true })).toBeVisible();
      await expect(documentPage.row(2).getByRole("button", { name: "Paragraph 2: 1 QA warning" })).toBeVisible();
      expect(fake.translations().length).toBeGreaterThanOrEqual(5);
    });

    await test.step("the same paragraph asked again comes from the cache: nothing more is sent", async () => {
      const sent = fake.translations().length;
      await documentPage.target(3).click();
      const third = page.getByRole("region", { name: "Machine translation of paragraph 3" });
      await expect(third.getByText("The weather is fine today.", { exact: true })).toBeVisible();
      await expect(third.getByText(/from the cache/)).toBeVisible();
      expect(fake.translations().length).toBe(sent);
    });

    await test.step("on a phone the dock is a handle that opens on the machine translation", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await documentPage.target(4).click();
      const handle = page.getByRole("region", { name: "Translation memory" });
      await handle.getByRole("button", { name: "Show matches" }).click();
      const fourth = page.getByRole("region", { name: "Machine translation of paragraph 4" });
      await expect(fourth.getByText("Everyone, stay safe.", { exact: true })).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath("mt-dock-390.png") });
      await page.setViewportSize({ width: 1280, height: 800 });
    });
  } finally {
    // On a page of its own: the test's page is gone if the test timed out, and MT must be off for the others.
    const cleanup = await browser.newPage();
    await setProvider(cleanup, null, String(testInfo.project.use.baseURL ?? ""));
    await cleanup.close();
    await fake.close();
  }
});
