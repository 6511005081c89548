import { expect, test } from "./fixtures";

const KEY = "sk-e2e-SECRET-31415";

test("MT settings: says how to configure MT, saves a provider, and the key never reaches the browser", async ({ page, request }, testInfo) => {
  test.setTimeout(90_000);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await test.step("from the header: with nothing configured, the page says how to configure a provider", async () => {
    await page.goto("/");
    await page.getByRole("banner").getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(page.getByText("Off: no machine translation provider is configured.")).toBeVisible();
    await expect(page.getByText("DUIZHAO_MT_PROVIDER=openai")).toBeVisible();
    await shot("settings-off-1280");
  });

  await test.step("choose an OpenAI-compatible provider with a key and save", async () => {
    await page.getByLabel("Provider", { exact: true }).selectOption("openai");
    await page.getByLabel("Base URL").fill("http://127.0.0.1:9/v1");
    await page.getByLabel("API key").fill(KEY);
    await page.getByLabel("Model").fill("fake-model");
    await page.getByLabel("Requests at a time").fill("3");
    await page.getByLabel("Chinese sent as").selectOption("hans");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await expect(page.getByText("On: OpenAI-compatible API, model fake-model. Configured on this page.")).toBeVisible();
    await expect(page.getByLabel("API key")).toHaveValue("");
  });

  await test.step("after a reload only 'a key is set' is shown; neither the page nor the settings read holds the key", async () => {
    await page.reload();
    await expect(page.getByLabel("API key")).toHaveAttribute("placeholder", "A key is set — leave empty to keep it");
    await expect(page.getByLabel("Model")).toHaveValue("fake-model");
    expect(await page.content()).not.toContain(KEY);
    const html = await (await request.get("/settings")).text();
    expect(html).toContain("fake-model");
    expect(html).not.toContain(KEY);
    const read = await request.get("/api/mt/settings");
    const json = await read.json();
    expect(json).toMatchObject({ ok: true, data: { configured: true, provider: "openai", hasApiKey: true, model: "fake-model", maxConcurrent: 3, sourceScript: "hans" } });
    expect(JSON.stringify(json)).not.toContain(KEY);
    await shot("settings-on-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot("settings-on-390");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step("in Simplified Chinese", async () => {
    await page.getByLabel("Language").selectOption("zh-CN");
    await expect(page.getByRole("heading", { level: 1, name: "设置" })).toBeVisible();
    await expect(page.getByText("已启用：OpenAI 兼容接口，模型 fake-model。在本页配置。")).toBeVisible();
    await shot("settings-on-zh-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await shot("settings-on-zh-390");
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByLabel("界面语言").selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  });

  await test.step("a wrong base URL is refused by the browser; choosing None switches MT off again", async () => {
    await page.getByLabel("Base URL").fill("not a url");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByLabel("Base URL")).toHaveJSProperty("validity.valid", false);
    await page.getByLabel("Provider", { exact: true }).selectOption("");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Off: no machine translation provider is configured.")).toBeVisible();
  });
});
