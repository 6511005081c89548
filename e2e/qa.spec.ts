import { expect, test } from "./fixtures";

const TEXT = ["疫情通報", "感染人數達2萬余人次。", "共有3名醫生和15名護士。"].join("\n");

test("QA: a wrong number is flagged on save and cleared when fixed; filter by check; an ignored warning stays ignored", async ({ documentPage, page, seedDocument }, testInfo) => {
  // Four page loads and a glossary change: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  const id = seedDocument(TEXT);
  await documentPage.goto(id);
  const panel = page.getByRole("region", { name: "QA warnings" });

  await test.step("a wrong number gets a marker once saved; the marker opens the panel at its paragraph", async () => {
    await documentPage.target(2).fill("More than 2,000 people were infected.");
    const marker = documentPage.row(2).getByRole("button", { name: "Paragraph 2: 1 QA warning" });
    await expect(marker).toBeVisible();
    const range = documentPage.row(2).locator("mark.qa-range");
    await expect(range).toHaveText("2萬");
    await expect(range).toHaveAttribute("title", /^The source has 2萬.*20,000.*2,000$/);
    await documentPage.row(2).screenshot({ path: testInfo.outputPath("qa-marker-row.png") });
    await marker.click();
    await expect(panel).toBeVisible();
    const entry = panel.getByRole("listitem").filter({ hasText: "Paragraph 2" }).first();
    await expect(entry).toContainText(/The source has 2萬.*20,000.*the translation 2,000/);
    await expect(entry.getByRole("button", { name: "Paragraph 2", exact: true })).toBeFocused();
    await expect(page.getByRole("button", { name: "QA (1 warning)" })).toBeVisible();
  });

  await test.step("fixing the number clears the marker and the panel", async () => {
    await documentPage.target(2).fill("More than 20,000 people were infected.");
    await expect(documentPage.row(2).getByRole("button", { name: /QA warning/ })).toBeHidden();
    await expect(panel).toContainText("No QA warnings.");
    await documentPage.expectSaved();
  });

  await test.step("a glossary term and a wrong number in one paragraph: filter the panel by check", async () => {
    // Filtered first: the glossary may hold other tests' terms, and the list shows 500.
    await page.goto("/glossary?q=醫生");
    await page.getByRole("textbox", { name: "Chinese" }).fill("醫生");
    await page.getByRole("textbox", { name: "English" }).fill("physician");
    await page.getByRole("button", { name: "Add term" }).click();
    await expect(page.getByRole("cell", { name: "physician" }).first()).toBeVisible();
    await documentPage.goto(id);
    // The glossary marks need the cross-script match key (loaded in the background).
    await expect(documentPage.row(3).locator("mark.term")).toBeVisible();
    await documentPage.target(3).fill("There were 5 doctors and 15 nurses.");
    await expect(documentPage.row(3).getByRole("button", { name: "Paragraph 3: 2 QA warnings" })).toBeVisible();
    await page.getByRole("button", { name: "QA (2 warnings)" }).click();
    const filter = panel.getByRole("group", { name: "Filter by check" });
    await expect(filter.getByRole("button", { name: "All 2" })).toHaveAttribute("aria-pressed", "true");
    await filter.getByRole("button", { name: "Glossary 1" }).click();
    await expect(panel).toContainText("醫生: “physician” missing");
    await expect(panel).not.toContainText("The source has 3");
    await filter.getByRole("button", { name: "Numbers 1" }).click();
    await expect(panel).toContainText("The source has 3, the translation 5");
    await expect(panel).not.toContainText("physician");
    await page.setViewportSize({ width: 1280, height: 800 });
    await filter.getByRole("button", { name: "All 2" }).click();
    await page.screenshot({ path: testInfo.outputPath("qa-panel-1280.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await documentPage.row(3).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("qa-panel-390.png"), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step("an ignored warning stays ignored after a reload, and can be restored", async () => {
    const numbers = panel.getByRole("listitem").filter({ hasText: "The source has 3," }).last();
    await numbers.getByRole("button", { name: "Ignore this warning on paragraph 3" }).click();
    await expect(documentPage.row(3).getByRole("button", { name: "Paragraph 3: 1 QA warning" })).toBeVisible();
    await page.reload();
    await expect(documentPage.row(3).getByRole("button", { name: "Paragraph 3: 1 QA warning" })).toBeVisible();
    await page.getByRole("button", { name: "QA (1 warning)" }).click();
    await expect(panel).not.toContainText("The source has 3,");
    await panel.getByRole("checkbox", { name: "Show ignored (1)" }).check();
    await panel.getByRole("button", { name: "Restore this warning on paragraph 3" }).click();
    await expect(documentPage.row(3).getByRole("button", { name: "Paragraph 3: 2 QA warnings" })).toBeVisible();
  });
});

test("QA waits for a pause in typing or leaving the box, and shows the warning that matters first", async ({ documentPage, page, seedDocument }, testInfo) => {
  test.setTimeout(60_000);
  const id = seedDocument(["共有3名醫師和15名護理師。", "遊客達2萬人次。"].join("\n"));
  await test.step("a glossary term for the paragraph", async () => {
    await page.goto("/glossary?q=護理師");
    await page.getByRole("textbox", { name: "Chinese" }).fill("護理師");
    await page.getByRole("textbox", { name: "English" }).fill("registered nurse");
    await page.getByRole("button", { name: "Add term" }).click();
    await expect(page.getByRole("cell", { name: "registered nurse" }).first()).toBeVisible();
  });
  await documentPage.goto(id);
  await expect(documentPage.row(1).locator("mark.term")).toBeVisible();
  const marker = (n: number) => documentPage.row(n).getByRole("button", { name: /QA warning/ });

  await test.step("while typing, no warnings; after a pause, the glossary warning before the punctuation one", async () => {
    await documentPage.target(1).click();
    for (const chunk of ["There were 3 doctors，", "and 15 ", "nurses."]) {
      await page.keyboard.type(chunk, { delay: 20 });
      await expect(marker(1)).toHaveCount(0);
    }
    await expect(documentPage.row(1).getByRole("button", { name: "Paragraph 1: 2 QA warnings" })).toBeVisible({ timeout: 5_000 });
    await expect(marker(1)).toHaveAttribute("title", /^護理師: “registered nurse” missing\nChinese punctuation in the translation/);
    await marker(1).click();
    const findings = page.getByRole("region", { name: "QA warnings" }).locator(".qa-finding");
    await expect(findings.first()).toContainText("護理師: “registered nurse” missing");
    await expect(findings.nth(1)).toContainText("Chinese punctuation in the translation");
    await page.screenshot({ path: testInfo.outputPath("qa-ranked.png") });
  });

  await test.step("leaving the box checks it", async () => {
    await documentPage.target(2).click();
    await page.keyboard.type("Visitors reached 2,000.", { delay: 20 });
    await expect(marker(2)).toHaveCount(0);
    await page.keyboard.press("Tab");
    await expect(documentPage.row(2).getByRole("button", { name: "Paragraph 2: 1 QA warning" })).toBeVisible();
  });
});
