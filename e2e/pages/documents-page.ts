import { expect, type Locator, type Page } from "@playwright/test";
import { ImportPage } from "./import-page";

/** The documents list (English UI names). */
export class DocumentsPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole("table");
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
  }

  row(title: string): Locator {
    return this.table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: title }) });
  }

  /** Creates a document from pasted text through the import page, with the default cleanup. */
  async create(title: string, source: string): Promise<void> {
    await this.page.getByRole("link", { name: "Import a text or file" }).click();
    const importPage = new ImportPage(this.page);
    await importPage.paste(title, source);
    await importPage.importButton.click();
  }
}
