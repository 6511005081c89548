import { expect, type Locator, type Page } from "@playwright/test";

/** The documents list with its "New document" form (English UI names). */
export class DocumentsPage {
  readonly table: Locator;
  readonly titleField: Locator;
  readonly sourceField: Locator;
  readonly createButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole("table");
    this.titleField = page.getByRole("textbox", { name: "Title" });
    this.sourceField = page.getByRole("textbox", { name: "Chinese text" });
    this.createButton = page.getByRole("button", { name: "Create document" });
    // Scoped to the form: Next.js has a route announcer with role="alert" of its own.
    this.error = page.locator("form").getByRole("alert");
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
  }

  row(title: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: title }) });
  }

  async create(title: string, source: string): Promise<void> {
    await this.titleField.fill(title);
    await this.sourceField.fill(source);
    await this.createButton.click();
  }
}
