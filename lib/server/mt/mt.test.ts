import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftEvent } from "@/lib/core/mt/mt-contract";
import type { MtSettings } from "@/lib/core/mt/mt-types";
import type { RetryPolicy } from "@/lib/core/mt/retry-policy";
import { startFakeProvider, type FakeProvider } from "@/test-support/fake-mt-provider";
import { createAnnotation } from "../annotations";
import { getDocument } from "../documents";
import { createTerm } from "../glossary";
import { findRevisions, saveSegmentTarget } from "../segments";
import { buildDocument } from "../testing/builders";
import { draftDocument } from "./draft-document";
import { suggestTranslation } from "./suggest-translation";

const KEY = "sk-test-SECRET-4242";
const FAST: RetryPolicy = { maxAttempts: 3, baseMs: 5, capMs: 20, maxRetryAfterMs: 5_000 };
let fake: FakeProvider;

beforeAll(async () => {
  fake = await startFakeProvider({ apiKey: KEY });
});
afterAll(() => fake.close());

// Each test has its own model name, so that cache entries of one test never answer another's.
let models = 0;
const openai = (extra: Partial<MtSettings> = {}): MtSettings => ({
  provider: "openai",
  baseUrl: `${fake.url}/v1`,
  apiKey: KEY,
  model: `fake-model-${++models}-${Date.now()}`,
  temperature: 0.2,
  maxConcurrent: 2,
  sourceScript: "original",
  ...extra,
});

async function segmentsOf(documentId: number) {
  return (await getDocument({ id: documentId })).segments;
}

describe("suggestTranslation (OpenAI-compatible, streamed)", () => {
  it("streams the suggestion in pieces with the paragraph's glossary terms, annotations and context in the prompt", async () => {
    const documentId = await buildDocument("標題\n這個軟體出自臺灣。\n下一段。");
    await createTerm({ source: "軟體", target: "software", note: "", usage: "preferred", documentId });
    await createTerm({ source: "软体", target: "soft body", note: "", usage: "forbidden", documentId });
    const [title, body] = await segmentsOf(documentId);
    await createAnnotation({ segmentId: body.id, start: 6, end: 8, gloss: "Taiwan", note: "", pinyin: "", category: "place" });
    const settings = openai();
    const pieces: string[] = [];
    const before = fake.translations().length;
    const result = await suggestTranslation({ documentId, segmentId: body.id, settings, onText: (text) => pieces.push(text) });
    expect(result).toEqual({ text: "EN<這個軟體出自臺灣。>", origin: `mt:openai:${settings.model}`, cached: false });
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(result.text);
    const sent = fake.translations().slice(before);
    expect(sent).toHaveLength(1);
    const body0 = sent[0].body as { stream: boolean; model: string; messages: { content: string }[] };
    expect(body0).toMatchObject({ stream: true, model: settings.model, temperature: 0.2 });
    expect(sent[0].headers.authorization).toBe(`Bearer ${KEY}`);
    const prompt = body0.messages[1].content;
    expect(prompt).toContain("軟體 → software");
    expect(prompt).toContain('软体 → never "soft body"');
    expect(prompt).toContain("臺灣 (place): Taiwan");
    expect(prompt).toContain(`PREVIOUS PARAGRAPH (context only):\n${title.source}`);
    expect(prompt).toContain("NEXT PARAGRAPH (context only):\n下一段。");
  });

  it("answers a repeated request from the cache: nothing is sent the second time", async () => {
    const documentId = await buildDocument("缓存测试一。\n缓存测试二。");
    const [first] = await segmentsOf(documentId);
    const settings = openai();
    await suggestTranslation({ documentId, segmentId: first.id, settings });
    const before = fake.translations().length;
    const again = await suggestTranslation({ documentId, segmentId: first.id, settings });
    expect(again.cached).toBe(true);
    expect(fake.translations().length).toBe(before);
    // Another script setting is another request.
    await suggestTranslation({ documentId, segmentId: first.id, settings: { ...settings, sourceScript: "hans" } });
    expect(fake.translations().length).toBe(before + 1);
  });

  it("retries a broken stream and an error event, and is cancelled by its signal", async () => {
    const documentId = await buildDocument("断流测试。");
    const [first] = await segmentsOf(documentId);
    fake.queue({ kind: "broken" }, { kind: "error-event" });
    const retries: number[] = [];
    const result = await suggestTranslation({ documentId, segmentId: first.id, settings: openai(), retryPolicy: FAST, onRetry: (wait, error) => retries.push(error.status) });
    expect(result.text).toBe("EN<断流测试。>");
    expect(retries).toEqual([0, 0]);

    fake.queue({ kind: "slow", delayMs: 200 });
    const controller = new AbortController();
    const pending = suggestTranslation({ documentId, segmentId: first.id, settings: openai(), signal: controller.signal, onText: () => controller.abort() });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("fails clearly on a wrong key (not retried, the key in no message) and on garbage", async () => {
    const documentId = await buildDocument("密钥测试。");
    const [first] = await segmentsOf(documentId);
    const before = fake.translations().length;
    const wrong = suggestTranslation({ documentId, segmentId: first.id, settings: openai({ apiKey: "sk-wrong-key-0000" }), retryPolicy: FAST });
    await expect(wrong).rejects.toMatchObject({ code: "MT_PROVIDER_FAILED", params: { message: expect.stringContaining("HTTP 401") } });
    await wrong.catch((error) => expect(JSON.stringify(error.params)).not.toContain("sk-wrong-key-0000"));
    expect(fake.translations().length).toBe(before + 1);
    fake.queue({ kind: "garbage" });
    await expect(suggestTranslation({ documentId, segmentId: first.id, settings: openai(), retryPolicy: FAST })).rejects.toMatchObject({
      code: "MT_PROVIDER_FAILED",
      params: { message: expect.stringContaining("text/html instead of an event stream") },
    });
  });

  it("says MT is not configured when it is not", async () => {
    const documentId = await buildDocument("未配置。");
    const [first] = await segmentsOf(documentId);
    await expect(suggestTranslation({ documentId, segmentId: first.id, settings: null })).rejects.toMatchObject({ code: "MT_NOT_CONFIGURED" });
  });
});

describe("draftDocument", () => {
  it("fills the empty paragraphs as drafts with their MT origin, retrying a 429 after its Retry-After, leaving translations alone", async () => {
    const documentId = await buildDocument("批量一。\n批量二。\n批量三。\n批量四。");
    const segments = await segmentsOf(documentId);
    await saveSegmentTarget({ segmentId: segments[2].id, baseVersion: 0, target: "A person's text", status: "translated", clientEditId: "person-1", author: "web" });
    const settings = openai({ maxConcurrent: 1 });
    fake.queue({ kind: "ok" }, { kind: "status", status: 429, retryAfter: "1" });
    const events: DraftEvent[] = [];
    const before = fake.translations().length;
    const summary = await draftDocument({ documentId, settings, onEvent: (event) => events.push(event) });
    expect(summary).toEqual({ filled: 3, failed: 0, skipped: 0, cancelled: false });
    expect(events[0]).toEqual({ type: "estimate", paragraphs: 3, cached: 0, requests: 3, characters: 12 });
    expect(events.filter((event) => event.type === "filled").map((event) => event.done)).toEqual([1, 2, 3]);
    const sent = fake.translations().slice(before);
    expect(sent).toHaveLength(4);
    expect(sent[2].at - sent[1].at).toBeGreaterThanOrEqual(950);

    const after = await segmentsOf(documentId);
    const origin = `mt:openai:${settings.model}`;
    expect(after.map((segment) => [segment.target, segment.status, segment.origin])).toEqual([
      ["EN<批量一。>", "draft", origin],
      ["EN<批量二。>", "draft", origin],
      ["A person's text", "translated", ""],
      ["EN<批量四。>", "draft", origin],
    ]);
    expect(await findRevisions({ segmentId: segments[0].id })).toMatchObject([{ target: "EN<批量一。>", origin, kind: "edit", author: "mt" }]);

    // A person's edit clears the MT mark; a second run sends nothing (nothing is empty).
    await saveSegmentTarget({ segmentId: segments[0].id, baseVersion: 1, target: "Batch one.", status: "translated", clientEditId: "person-2", author: "web" });
    expect((await segmentsOf(documentId))[0].origin).toBe("");
    expect(await draftDocument({ documentId, settings, onlyEmpty: false })).toEqual({ filled: 0, failed: 0, skipped: 4, cancelled: false });
  });

  it("counts a paragraph the provider keeps failing and goes on with the others; nothing is saved for it", async () => {
    const documentId = await buildDocument("失败一。\n失败二。\n失败三。");
    const segments = await segmentsOf(documentId);
    fake.queue({ kind: "status", status: 500 }, { kind: "status", status: 502 }, { kind: "status", status: 503 });
    const summary = await draftDocument({ documentId, settings: openai({ maxConcurrent: 1 }), retryPolicy: FAST });
    expect(summary).toEqual({ filled: 2, failed: 1, skipped: 0, cancelled: false });
    const after = await segmentsOf(documentId);
    expect(after[0]).toMatchObject({ target: "", status: "untranslated", version: 0 });
    expect(await findRevisions({ segmentId: segments[0].id })).toEqual([]);
  });

  it("stops when cancelled: nothing more is sent or saved", async () => {
    const documentId = await buildDocument(Array.from({ length: 8 }, (_, i) => `取消${i}。`).join("\n"));
    const controller = new AbortController();
    fake.queue(...Array.from({ length: 8 }, () => ({ kind: "slow" as const, delayMs: 30 })));
    const before = fake.translations().length;
    const summary = await draftDocument({
      documentId,
      settings: openai({ maxConcurrent: 2 }),
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === "filled") controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    // The paragraph whose save set off the abort, and at most the one being saved beside it.
    expect(summary.filled).toBeGreaterThanOrEqual(1);
    expect(summary.filled).toBeLessThanOrEqual(2);
    const sentNow = fake.translations().length - before;
    expect(sentNow).toBeLessThanOrEqual(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.translations().length - before).toBe(sentNow);
    expect((await segmentsOf(documentId)).filter((segment) => segment.target !== "")).toHaveLength(summary.filled);
    fake.clearQueue();
  });

  it("never overwrites a paragraph a person filled while its draft was on the way", async () => {
    const documentId = await buildDocument("人工一。\n人工二。");
    const [first, second] = await segmentsOf(documentId);
    fake.queue({ kind: "slow", delayMs: 40 }, { kind: "slow", delayMs: 40 });
    const pending = draftDocument({ documentId, settings: openai({ maxConcurrent: 2 }) });
    await new Promise((resolve) => setTimeout(resolve, 60));
    await saveSegmentTarget({ segmentId: second.id, baseVersion: 0, target: "Typed meanwhile", status: "translated", clientEditId: "person-3", author: "web" });
    expect(await pending).toEqual({ filled: 1, failed: 0, skipped: 1, cancelled: false });
    const after = await segmentsOf(documentId);
    expect(after.map((segment) => segment.target)).toEqual(["EN<人工一。>", "Typed meanwhile"]);
    expect((await findRevisions({ segmentId: second.id })).map((revision) => revision.kind)).toEqual(["edit"]);
    expect(first.id).toBeLessThan(second.id);
  });

  it("reports the estimate only on a dry run, counting cached paragraphs as free", async () => {
    const documentId = await buildDocument("估计一。\n估计二。");
    const [first] = await segmentsOf(documentId);
    const settings = openai();
    await suggestTranslation({ documentId, segmentId: first.id, settings });
    const before = fake.translations().length;
    const events: DraftEvent[] = [];
    await draftDocument({ documentId, settings, dryRun: true, onEvent: (event) => events.push(event) });
    expect(events[0]).toEqual({ type: "estimate", paragraphs: 2, cached: 1, requests: 1, characters: 4 });
    expect(fake.translations().length).toBe(before);
    expect((await segmentsOf(documentId)).every((segment) => segment.target === "")).toBe(true);
  });
});

describe("DeepL and LibreTranslate", () => {
  it("DeepL: creates a DeepL glossary from ours once and translates with its glossary_id", async () => {
    const documentId = await buildDocument("德一：城管来了。\n德二：城管走了。");
    await createTerm({ source: "城管DL", target: "city patrol", note: "", usage: "preferred", documentId });
    const settings: MtSettings = { ...openai(), provider: "deepl", baseUrl: fake.url, model: "" };
    const glossariesBefore = fake.glossaries.length;
    const summary = await draftDocument({ documentId, settings });
    expect(summary).toMatchObject({ filled: 2, failed: 0 });
    const created = fake.glossaries.slice(glossariesBefore);
    expect(created).toHaveLength(1);
    expect(created[0].entries).toContain("城管DL\tcity patrol");
    const translate = fake.translations().filter((request) => request.path === "/v2/translate").slice(-2);
    expect(translate.map((request) => request.body)).toEqual([
      { text: ["德一：城管来了。"], source_lang: "ZH", target_lang: "EN-US", glossary_id: created[0].id },
      { text: ["德二：城管走了。"], source_lang: "ZH", target_lang: "EN-US", glossary_id: created[0].id },
    ]);
    expect(translate[0].headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
    expect((await segmentsOf(documentId))[0]).toMatchObject({ target: "EN<德一：城管来了。>", origin: "mt:deepl:default" });
  });

  it("LibreTranslate: translates through /translate, Traditional sent as zt or converted to Simplified", async () => {
    const documentId = await buildDocument("這是臺灣的軟體。");
    const [first] = await segmentsOf(documentId);
    const settings: MtSettings = { ...openai(), provider: "libretranslate", baseUrl: fake.url, model: "" };
    expect((await suggestTranslation({ documentId, segmentId: first.id, settings })).text).toBe("EN<這是臺灣的軟體。>");
    expect(fake.translations().at(-1)!.body).toEqual({ q: "這是臺灣的軟體。", source: "zt", target: "en", format: "text", api_key: KEY });
    await suggestTranslation({ documentId, segmentId: first.id, settings: { ...settings, sourceScript: "hans" } });
    expect(fake.translations().at(-1)!.body).toMatchObject({ q: "这是台湾的软体。", source: "zh" });
  });
});
