import type { Page } from "@playwright/test";
import { expect, storeSourceUrlUnchecked, test } from "./fixtures";
import { rawRequest } from "./http-raw";
import { DocumentPage } from "./pages/document-page";
import { ImportPage } from "./pages/import-page";

// The server as a DNS-rebinding page or a forged cross-site request would reach it: raw HTTP with the
// Host, Origin and Sec-Fetch-Site a test chooses (e2e/http-raw.ts), against the real production server.

const SOURCE = "第一段。\n第二段。";

function baseUrl(): URL {
  return new URL(String(test.info().project.use.baseURL));
}

/** The POST a click on "Delete document" sends (a server action call), caught and stopped before the server sees it. */
async function captureDeleteAction(page: Page, title: string): Promise<{ headers: Record<string, string>; body: string }> {
  let captured: { headers: Record<string, string>; body: string } | null = null;
  await page.route(`${baseUrl().origin}/`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    captured = { headers: await request.allHeaders(), body: request.postData() ?? "" };
    return route.abort();
  });
  await page.goto("/");
  await page.getByRole("button", { name: `Delete “${title}”` }).click();
  await page.getByRole("dialog", { name: "Delete this document?" }).getByRole("button", { name: "Delete document" }).click();
  await expect.poll(() => captured).not.toBeNull();
  await page.unroute(`${baseUrl().origin}/`);
  const keep = ["next-action", "next-router-state-tree", "content-type", "accept"];
  const { headers, body } = captured!;
  return { headers: Object.fromEntries(Object.entries(headers).filter(([name]) => keep.includes(name))), body };
}

async function documentExists(id: number): Promise<boolean> {
  const { status } = await rawRequest(`${baseUrl().origin}/documents/${id}`, { headers: { host: baseUrl().host } });
  return status === 200;
}

test("a request for another host name (DNS rebinding) is refused, pages, exports and actions alike", async ({ page, seedDocument }) => {
  const title = `Rebinding ${Date.now()}`;
  const id = seedDocument(SOURCE, title);
  const { origin, host, port } = baseUrl();
  const evil = { host: `evil.example:${port}`, origin: `http://evil.example:${port}` };

  await test.step("pages and exports answer only to the configured names", async () => {
    for (const path of ["/", `/documents/${id}`, `/api/documents/${id}/export?format=json`, "/api/glossary/csv"]) {
      const refused = await rawRequest(`${origin}${path}`, { headers: evil });
      expect(refused.status, path).toBe(421);
      expect(refused.body).not.toContain(title);
    }
    const prefetch = await rawRequest(`${origin}/`, { headers: { ...evil, rsc: "1", "next-router-prefetch": "1" } });
    expect(prefetch.status).toBe(421);
    for (const name of [host, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await rawRequest(`${origin}/api/documents/${id}/export?format=json`, { headers: { host: name } })).status, name).toBe(200);
    }
  });

  await test.step("a server action with the attacker's Host and Origin does nothing", async () => {
    const action = await captureDeleteAction(page, title);
    const response = await rawRequest(`${origin}/`, { method: "POST", headers: { ...action.headers, ...evil }, body: action.body });
    expect(response.status).toBe(421);
    expect(await documentExists(id)).toBe(true);
  });
});

test("a state-changing request needs a same-origin Origin (or Sec-Fetch-Site: same-origin)", async ({ page, seedDocument }) => {
  const title = `Forged delete ${Date.now()}`;
  const id = seedDocument(SOURCE, title);
  const { origin, host } = baseUrl();
  const action = await captureDeleteAction(page, title);
  const send = (headers: Record<string, string>) => rawRequest(`${origin}/`, { method: "POST", headers: { ...action.headers, host, ...headers }, body: action.body });

  await test.step("refused: no Origin and no Sec-Fetch-Site, a cross-site Origin, an opaque Origin, a cross-site fetch", async () => {
    const forged: Record<string, string>[] = [
      {},
      { origin: "http://evil.example" },
      { origin: "null" },
      { origin: `https://${host}.evil.example` },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of forged) {
      const response = await send(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    }
    expect(await documentExists(id)).toBe(true);
  });

  await test.step("accepted: the app's own Origin, as a browser or the soak test sends it", async () => {
    const response = await send({ origin });
    expect(response.status).toBe(200);
    expect(await documentExists(id)).toBe(false);
  });
});

test("pages, API routes and refusals carry the security headers; the CSP has a fresh nonce and no inline script", async ({ seedDocument }) => {
  const id = seedDocument(SOURCE);
  const { origin, host } = baseUrl();
  const nonces = new Set<string>();
  for (const path of ["/", `/documents/${id}`, "/import", `/api/documents/${id}/export?format=html`, "/api/glossary/csv", "/no-such-page"]) {
    const response = await rawRequest(`${origin}${path}`, { headers: { host } });
    expect(response.headers["x-frame-options"], path).toBe("DENY");
    expect(response.headers["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers["referrer-policy"], path).toBe("same-origin");
    const csp = String(response.headers["content-security-policy"]);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(scriptSrc, path).not.toContain("unsafe-eval");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    if (path === "/") expect(response.body).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(6);
  const refused = await rawRequest(`${origin}/`, { headers: { host: "evil.example" } });
  expect(refused.headers["x-content-type-options"]).toBe("nosniff");
  expect(refused.headers["x-frame-options"]).toBe("DENY");
});

test("the main pages, the editor and the import preview run without a CSP violation", async ({ page, seedDocument }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to (execute|load|apply|evaluate|connect)/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  const id = seedDocument(SOURCE, `CSP ${Date.now()}`);

  await test.step("documents, glossary, memory", async () => {
    for (const [path, heading] of [["/", "Documents"], ["/glossary", "Glossary"], ["/memory", "Translation memory"]]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
  });

  await test.step("the import preview", async () => {
    const importPage = new ImportPage(page);
    await importPage.goto();
    await importPage.paste(`CSP import ${Date.now()}`, SOURCE);
    await importPage.importButton.click();
    await expect(page).toHaveURL(/\/documents\/\d+$/);
  });

  await test.step("the editor: a translation is typed and saved", async () => {
    const documentPage = new DocumentPage(page);
    await documentPage.goto(id);
    await documentPage.target(1).click();
    await page.keyboard.type("First paragraph.");
    await page.keyboard.press("Tab");
    await documentPage.expectSaved();
    await page.reload();
    await expect(documentPage.target(1)).toHaveValue("First paragraph.");
  });

  await test.step("the cleanup page", async () => {
    await page.goto(`/documents/${id}/cleanup`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  expect(violations).toEqual([]);
});

test("a source URL is linked only when it is http(s): refused on import, never a live script link", async ({ page, seedDocument }) => {
  await test.step("the import form refuses a javascript: URL with a clear message and imports nothing", async () => {
    const importPage = new ImportPage(page);
    await importPage.goto();
    await importPage.titleField.fill(`Script link ${Date.now()}`);
    await importPage.sourceField.fill(SOURCE);
    await page.getByRole("textbox", { name: "Source URL" }).fill("javascript:alert(document.cookie)");
    await importPage.previewButton.click();
    await expect(importPage.error).toHaveText("The source URL must be a web address starting with http:// or https://.");
    await expect(importPage.importButton).toHaveCount(0);
  });

  const id = seedDocument(SOURCE, `Stored script link ${Date.now()}`);
  storeSourceUrlUnchecked(id, "javascript:alert(document.domain)");

  await test.step("a script URL already stored is shown as text, not as a link", async () => {
    await page.goto(`/documents/${id}`);
    await expect(page.getByText("javascript:alert(document.domain)")).toBeVisible();
    await expect(page.locator("a[href]").filter({ hasText: "javascript:" })).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  });

  await test.step("and left out of the HTML export", async () => {
    const { origin, host } = baseUrl();
    const html = await rawRequest(`${origin}/api/documents/${id}/export?format=html`, { headers: { host } });
    expect(html.status).toBe(200);
    expect(html.body).not.toContain("javascript:");
  });

  await test.step("an http(s) URL stays a link", async () => {
    storeSourceUrlUnchecked(id, "https://example.com/post?id=1");
    await page.goto(`/documents/${id}`);
    await expect(page.getByRole("link", { name: "https://example.com/post?id=1" })).toHaveAttribute("href", "https://example.com/post?id=1");
  });
});
