import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A machine without CJK fonts, made by giving Chromium a fontconfig that knows only the Latin fonts
// (DejaVu, Liberation) of /usr/share/fonts/truetype and not the Noto CJK fonts installed beside them.
const LATIN_FONTS = "/usr/share/fonts/truetype";

function latinOnlyFontconfig(dir: string): string {
  const file = path.join(dir, "fonts.conf");
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${LATIN_FONTS}</dir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
  <cachedir>${path.join(dir, "cache")}</cachedir>
</fontconfig>
`,
  );
  return file;
}

/** The fonts Chromium drew an element's text with (DevTools protocol: what the page cannot ask itself). */
async function fontsOf(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts;
}

test("without CJK system fonts the source is drawn with the Noto Sans SC/TC web fonts, loading only a few slices", async ({ seedDocument }, testInfo) => {
  // Skipped only on a developer's machine without them; in CI (which has Debian's fonts) it must run.
  if (!existsSync(LATIN_FONTS) && process.env.CI) throw new Error(`CI needs Latin fonts in ${LATIN_FONTS} to stand for a machine without CJK fonts`);
  test.skip(!existsSync(LATIN_FONTS), `needs Latin fonts in ${LATIN_FONTS} to stand for a machine without CJK fonts`);
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-fonts-"));
  const browser = await chromium.launch({ ...testInfo.project.use.launchOptions, env: { ...process.env, FONTCONFIG_FILE: latinOnlyFontconfig(dir) } });
  try {
    const id = seedDocument("我们一起学习中文。\n社区的志愿者。");
    const page = await browser.newPage({ baseURL: testInfo.project.use.baseURL, locale: "en-US", viewport: { width: 1280, height: 800 } });
    const fontFiles: string[] = [];
    page.on("request", (request) => {
      if (/\.woff2?$/.test(new URL(request.url()).pathname)) fontFiles.push(path.basename(new URL(request.url()).pathname));
    });
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });

    await test.step("Simplified source: drawn with Noto Sans SC, a handful of woff2 slices out of ~200", async () => {
      await page.goto(`/documents/${id}`);
      await expect(page.getByRole("textbox", { name: "Translation of paragraph 1" })).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', "我们一起学习中文"))).toBe(true);
      const fonts = await fontsOf(page, ".segment-row .source-text");
      expect(fonts.filter((font) => font.isCustomFont).map((font) => font.familyName).join(), "the source's font").toMatch(/Noto Sans SC/);
      expect(fontFiles.length).toBeGreaterThan(0);
      expect(fontFiles.every((file) => file.endsWith(".woff2")), fontFiles.join(" ")).toBe(true);
      expect(fontFiles.length, fontFiles.join(" ")).toBeLessThanOrEqual(12);
      testInfo.annotations.push({ type: "font files", description: `${fontFiles.length}: ${fontFiles.join(" ")}` });
    });

    await test.step("the English UI's Chinese (the language icon 文A) is drawn too, not as an empty box", async () => {
      const fonts = await fontsOf(page, ".language-icon");
      expect(fonts.map((font) => font.familyName).join()).toMatch(/Noto Sans SC/);
    });

    await test.step("the Traditional view (lang zh-Hant) uses Noto Sans TC glyphs", async () => {
      await page.getByRole("radiogroup", { name: "Source script" }).getByRole("radio", { name: "Traditional", exact: true }).check();
      await expect(page.locator(".segment-source").first()).toContainText("我們一起學習中文");
      await expect.poll(() => page.evaluate(() => document.fonts.check('16px "Noto Sans TC"', "我們一起學習中文"))).toBe(true);
      const fonts = await fontsOf(page, ".segment-row .source-text");
      expect(fonts.filter((font) => font.isCustomFont).map((font) => font.familyName).join()).toMatch(/Noto Sans TC/);
      expect(fontFiles.some((file) => file.startsWith("noto-sans-tc-"))).toBe(true);
    });
    expect(refused, "no font refused by the Content-Security-Policy").toEqual([]);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
