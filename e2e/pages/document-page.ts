import { expect, type Locator, type Page } from "@playwright/test";

const NARROW_MAX_WIDTH = 640;

/** One document: source paragraphs beside their translation editors (English UI names). */
export class DocumentPage {
  readonly saveState: Locator;
  readonly progress: Locator;
  readonly scriptGroup: Locator;
  readonly pinyin: Locator;
  readonly filter: Locator;
  readonly find: Locator;
  readonly jumpField: Locator;
  /** On a narrow window the toolbar is folded into this menu button (hidden on a wide window); English or Chinese UI. */
  readonly toolsButton: Locator;

  constructor(readonly page: Page) {
    this.saveState = page.getByRole("status");
    this.progress = page.getByRole("progressbar", { name: "Translation progress" });
    this.scriptGroup = page.getByRole("radiogroup", { name: "Source script" });
    this.pinyin = page.getByRole("switch", { name: "Pinyin" });
    this.filter = page.getByRole("combobox", { name: "Show" });
    this.find = page.getByRole("searchbox", { name: "Find in source and translation" });
    this.jumpField = page.getByRole("spinbutton", { name: "Go to paragraph" });
    this.toolsButton = page.getByRole("button", { name: /^(Tools|工具)$/ });
  }

  /** Opens the Tools menu when the window is narrow enough to fold the toolbar into it (640 px); else does nothing. */
  async openTools(): Promise<void> {
    if ((this.page.viewportSize()?.width ?? Infinity) > NARROW_MAX_WIDTH) return;
    // The page draws the wide toolbar until its script knows the window is narrow: wait for the button.
    await expect(this.toolsButton).toBeVisible();
    if ((await this.toolsButton.getAttribute("aria-expanded")) !== "true") await this.toolsButton.click();
    await expect(this.toolsButton).toHaveAttribute("aria-expanded", "true");
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(`/documents/${id}`);
    await expect(this.target(1)).toBeVisible();
  }

  /** The translation editor of paragraph n (from 1); rows far from the viewport are not rendered (see jumpTo). */
  target(n: number): Locator {
    return this.page.getByRole("textbox", { name: `Translation of paragraph ${n}`, exact: true });
  }

  status(n: number): Locator {
    return this.page.getByRole("combobox", { name: `Status of paragraph ${n}`, exact: true });
  }

  /** The row of paragraph n: its source, its translation and its buttons. */
  row(n: number): Locator {
    return this.page.locator(".segment-row").filter({ has: this.target(n) });
  }

  script(name: "Original" | "Simplified" | "Traditional" | "Taiwan" | "Hong Kong" | "Taiwan vocabulary"): Locator {
    return this.scriptGroup.getByRole("radio", { name, exact: true });
  }

  /** Scrolls paragraph n into the DOM and puts the cursor in its translation. */
  async jumpTo(n: number): Promise<void> {
    await this.openTools();
    await this.jumpField.fill(String(n));
    await this.jumpField.press("Enter");
    await expect(this.target(n)).toBeFocused();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText("Saved");
  }
}
