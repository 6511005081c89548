// The editor in a real Chromium: time until the first translation box takes typing, the JS heap
// then, keystroke to paint while typing, and the save round trip (the server action's request).
import type { Page } from "@playwright/test";
import type { Benchmark } from "./benchmark";
import { editorSession, SIZES, type Size } from "./editor-session";

const LOADS = 5;
const KEYSTROKES = 80;
const SAVES = 20;

// Page scripts are strings: tsx would wrap named functions in a helper that the page lacks.

// Runs in the page before its scripts: types into paragraph 1 on every frame once the box exists,
// and records when React has taken a keystroke (the save state then reads "Unsaved changes").
const WATCH_FIRST_INPUT = `
  const observer = new MutationObserver(() => {
    if (document.querySelector('[role="status"]')?.textContent !== "Unsaved changes") return;
    window.duizhaoInteractiveAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  const tick = () => {
    if (window.duizhaoInteractiveAt) return;
    const box = document.querySelector('textarea[aria-label="Translation of paragraph 1"]');
    if (box) {
      box.focus();
      document.execCommand("insertText", false, "x");
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

// From a keydown's timestamp to the task after the next frame was painted, and to the end of the
// input's handling (React renders in a microtask queued during the event; ours runs after it).
const WATCH_PAINTS = `
  window.duizhaoPaints = [];
  window.duizhaoHandling = [];
  let start = 0;
  document.activeElement.addEventListener("keydown", (event) => {
    start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.duizhaoPaints.push(performance.now() - event.timeStamp);
      channel.port2.postMessage(null);
    });
  });
  window.addEventListener("input", () => queueMicrotask(() => window.duizhaoHandling.push(performance.now() - start)));
`;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize / 1024 / 1024;
}

const loads = new Map<Size, Promise<{ interactive: number[]; heap: number[] }>>();

function measureLoads(size: Size) {
  let result = loads.get(size);
  if (!result) {
    result = (async () => {
      const { baseUrl, browser, documentIds } = await editorSession();
      const interactive: number[] = [];
      const heap: number[] = [];
      for (let i = 0; i <= LOADS; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US", bypassCSP: true });
        const page = await context.newPage();
        await page.addInitScript({ content: WATCH_FIRST_INPUT });
        await page.goto(`${baseUrl}/documents/${documentIds[size]}`);
        const at = await page.waitForFunction("window.duizhaoInteractiveAt");
        // The first load warms the server's and the browser's caches.
        if (i > 0) {
          interactive.push((await at.jsonValue()) as number);
          heap.push(await heapMb(page));
        }
        await context.close();
      }
      return { interactive, heap };
    })();
    loads.set(size, result);
  }
  return result;
}

async function withDocument<T>(size: Size, body: (page: Page) => Promise<T>): Promise<T> {
  const { baseUrl, browser, documentIds } = await editorSession();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US", bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/documents/${documentIds[size]}`);
    await page.getByRole("textbox", { name: "Translation of paragraph 2", exact: true }).waitFor();
    return await body(page);
  } finally {
    await context.close();
  }
}

const typings = new Map<Size, Promise<{ paints: number[]; handling: number[] }>>();

function measureTyping(size: Size) {
  let result = typings.get(size);
  if (!result) {
    result = typeIntoDocument(size);
    typings.set(size, result);
  }
  return result;
}

async function typeIntoDocument(size: Size): Promise<{ paints: number[]; handling: number[] }> {
  return withDocument(size, async (page) => {
    const box = page.getByRole("textbox", { name: "Translation of paragraph 2", exact: true });
    await box.focus();
    await page.evaluate(WATCH_PAINTS);
    await page.keyboard.type("The quick brown fox jumps over the lazy dog while the city keeps watch. ".repeat(2).slice(0, KEYSTROKES), { delay: 25 });
    await page.waitForFunction(`window.duizhaoPaints.length >= ${KEYSTROKES}`);
    const paints = (await page.evaluate("window.duizhaoPaints")) as number[];
    const handling = (await page.evaluate("window.duizhaoHandling")) as number[];
    return { paints: paints.slice(5), handling: handling.slice(5) };
  });
}

// The server action's request (a fetch to the page's own URL), from sending to the last byte of its answer.
async function saveRoundTrip(size: Size): Promise<number[]> {
  return withDocument(size, async (page) => {
    const box = page.getByRole("textbox", { name: "Translation of paragraph 3", exact: true });
    const status = page.getByRole("status");
    for (let i = 0; i < SAVES + 2; i++) {
      await box.press(String(i % 10));
      await box.blur();
      await status.filter({ hasText: /^Saved$/ }).waitFor();
      await box.focus();
    }
    const samples = (await page.evaluate(
      `performance.getEntriesByType("resource").filter((e) => e.initiatorType === "fetch" && e.name === location.href).map((e) => e.duration)`,
    )) as number[];
    return samples.slice(2);
  });
}

const label = (size: Size) => `${size.toLocaleString("en")} ¶`;

export const benchmarks: Benchmark[] = SIZES.flatMap((size): Benchmark[] => [
  { name: "editor: first box takes typing", size: label(size), measure: async () => (await measureLoads(size)).interactive, ...(size >= 10_000 ? { target: 1500 } : {}) },
  { name: "editor: JS heap after load", size: label(size), unit: "MB", measure: async () => (await measureLoads(size)).heap },
  { name: "editor: keystroke handled", size: label(size), measure: async () => (await measureTyping(size)).handling },
  { name: "editor: keystroke to paint", size: label(size), measure: async () => (await measureTyping(size)).paints, target: 16 },
  { name: "editor: save round trip", size: label(size), measure: () => saveRoundTrip(size) },
]);
