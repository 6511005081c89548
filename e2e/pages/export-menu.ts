import type { Download, Locator, Page } from "@playwright/test";

/** The editor's export menu (English UI names). */
export class ExportMenu {
  readonly toggle: Locator;
  readonly form: Locator;
  readonly importForm: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByText("Export", { exact: true });
    this.form = page.getByRole("form", { name: "Export this document" });
    this.importForm = page.getByRole("form", { name: "Import translations" });
  }

  async open(): Promise<void> {
    if (!(await this.form.isVisible())) await this.toggle.click();
  }

  /** Chooses a format (by its visible label) and options, clicks Download and returns the download. */
  async download(format: string, options: { script?: string; onlyTranslated?: boolean; interleaved?: boolean; prefilled?: boolean } = {}): Promise<Download> {
    await this.open();
    await this.form.getByRole("combobox", { name: "Format" }).selectOption({ label: format });
    await this.form.getByRole("combobox", { name: "Chinese text as" }).selectOption({ label: options.script ?? "Original" });
    await this.form.getByRole("checkbox", { name: "Only translated paragraphs" }).setChecked(options.onlyTranslated ?? false);
    await this.form.getByRole("checkbox", { name: "Plain text: source and translation interleaved" }).setChecked(options.interleaved ?? false);
    if (options.prefilled !== undefined) await this.form.getByRole("checkbox", { name: "XLIFF: target pre-filled with source (for OmegaT)" }).setChecked(options.prefilled);
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.form.getByRole("button", { name: "Download" }).click()]);
    return download;
  }

  async importTranslations(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.open();
    await this.importForm.getByLabel("XLIFF, TMX or review file").setInputFiles(file);
    await this.importForm.getByRole("button", { name: "Import translations" }).click();
  }
}
