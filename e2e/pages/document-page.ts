import { expect, type Locator, type Page } from "@playwright/test";

/** One document: source paragraphs beside their translation editors (English UI names). */
export class DocumentPage {
  readonly saveState: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.saveState = page.getByRole("status");
    this.progress = page.getByRole("progressbar", { name: "Translation progress" });
  }

  async goto(id: number): Promise<void> {
    await this.page.goto(`/documents/${id}`);
    await expect(this.target(1)).toBeVisible();
  }

  /** The translation editor of paragraph n (from 1). */
  target(n: number): Locator {
    return this.page.getByRole("textbox", { name: `Translation of paragraph ${n}`, exact: true });
  }

  status(n: number): Locator {
    return this.page.getByRole("combobox", { name: `Status of paragraph ${n}`, exact: true });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText("Saved");
  }
}
