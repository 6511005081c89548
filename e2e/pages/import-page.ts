import { expect, type Locator, type Page } from "@playwright/test";

/** The import wizard: source step, then the cleanup preview (English UI names). */
export class ImportPage {
  readonly sourceField: Locator;
  readonly titleField: Locator;
  readonly fileField: Locator;
  readonly previewButton: Locator;
  readonly importButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.sourceField = page.getByRole("textbox", { name: "Chinese text" });
    this.titleField = page.getByRole("textbox", { name: "Title" });
    this.fileField = page.getByLabel(/^File/);
    this.previewButton = page.getByRole("button", { name: "Preview cleanup" });
    this.importButton = page.getByRole("button", { name: /^Import \d+ paragraphs?$/ });
    // Scoped to main: Next.js has a route announcer with role="alert" of its own.
    this.error = page.getByRole("main").getByRole("alert");
  }

  async goto(): Promise<void> {
    await this.page.goto("/import");
    await expect(this.page.getByRole("heading", { level: 1, name: "Import a text" })).toBeVisible();
  }

  rule(name: string): Locator {
    return this.page.getByRole("checkbox", { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  async paste(title: string, source: string): Promise<void> {
    await this.titleField.fill(title);
    await this.sourceField.fill(source);
    await this.previewButton.click();
    await expect(this.importButton).toBeVisible();
  }

  async upload(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByRole("radio", { name: "Upload a file" }).check();
    await this.fileField.setInputFiles(file);
    await this.previewButton.click();
    await expect(this.importButton).toBeVisible();
  }
}
