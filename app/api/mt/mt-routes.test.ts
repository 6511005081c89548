import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftEvent, SuggestionEvent } from "@/lib/core/mt/mt-contract";
import { prisma } from "@/lib/server/db";
import { getDocument } from "@/lib/server/documents";
import { readPublicMtSettings, saveMtSettings } from "@/lib/server/mt/mt-settings";
import { buildDocument } from "@/lib/server/testing/builders";
import { startFakeProvider, type FakeProvider } from "@/test-support/fake-mt-provider";
import { GET as suggestionRoute } from "../documents/[id]/mt/route";
import { POST as draftRoute } from "../documents/[id]/mt/draft/route";
import { GET as settingsRoute } from "./settings/route";

// The MT routes as the browser calls them, against the stand-in provider; the settings are the stored
// row, which only this file writes.

const KEY = "sk-route-SECRET-2718";
let fake: FakeProvider;

const settingsInput = (model: string) => ({
  provider: "openai" as const,
  baseUrl: `${fake.url}/v1`,
  apiKey: KEY,
  clearApiKey: false,
  model,
  temperature: 0.2,
  maxConcurrent: 2,
  sourceScript: "original" as const,
});

beforeAll(async () => {
  fake = await startFakeProvider({ apiKey: KEY });
});
afterAll(async () => {
  await saveMtSettings({ ...settingsInput(""), provider: "" });
  await fake.close();
});

const context = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

function parseSse(text: string): SuggestionEvent[] {
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((block) => JSON.parse(block.split("\n").find((line) => line.startsWith("data: "))!.slice(6)) as SuggestionEvent);
}

describe.sequential("MT routes", () => {
  it("settings: stored server side, the read route and its JSON tell only that a key is set", async () => {
    const shown = await saveMtSettings(settingsInput("route-model"));
    expect(shown).toMatchObject({ configured: true, from: "stored", provider: "openai", hasApiKey: true, model: "route-model" });
    const response = await settingsRoute(new Request("http://localhost/api/mt/settings"), { params: Promise.resolve({}) });
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ ok: true, data: { configured: true, hasApiKey: true } });
    expect(text).not.toContain(KEY);
    await saveMtSettings({ ...settingsInput("route-model-2"), apiKey: "" });
    const row = await prisma.setting.findUniqueOrThrow({ where: { key: "mt" } });
    expect(JSON.parse(row.value)).toMatchObject({ apiKey: KEY, model: "route-model-2" });
    expect(await saveMtSettings({ ...settingsInput("route-model-2"), apiKey: "", clearApiKey: true })).toMatchObject({ hasApiKey: false });
    await saveMtSettings({ ...settingsInput(""), provider: "" });
    expect(await readPublicMtSettings()).toMatchObject({ configured: false, hasApiKey: false });
  });

  it("suggestion: says MT is not configured as an error event when it is not", async () => {
    const id = await buildDocument("路由未配置。");
    const [segment] = (await getDocument({ id })).segments;
    const response = await suggestionRoute(new Request(`http://localhost/api/documents/${id}/mt?segment=${segment.id}`), context(id));
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(parseSse(await response.text())).toEqual([{ type: "error", code: "MT_NOT_CONFIGURED", params: {} }]);
  });

  it("suggestion: streams start, deltas and done; a repeat comes from the cache; bad ids are refused", async () => {
    await saveMtSettings(settingsInput(`route-${Date.now()}`));
    const id = await buildDocument("路由建议。");
    const [segment] = (await getDocument({ id })).segments;
    const url = `http://localhost/api/documents/${id}/mt?segment=${segment.id}`;
    const events = parseSse(await (await suggestionRoute(new Request(url), context(id))).text());
    expect(events[0]).toMatchObject({ type: "start", cached: false });
    expect(events.filter((event) => event.type === "delta").length).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ type: "done", text: "EN<路由建议。>", cached: false });
    const before = fake.translations().length;
    const again = parseSse(await (await suggestionRoute(new Request(url), context(id))).text());
    expect(again.at(-1)).toMatchObject({ type: "done", cached: true });
    expect(fake.translations().length).toBe(before);
    expect((await suggestionRoute(new Request(`http://localhost/api/documents/${id}/mt?segment=x`), context(id))).status).toBe(400);
    const other = parseSse(await (await suggestionRoute(new Request(`http://localhost/api/documents/${id + 1000}/mt?segment=${segment.id}`), context(id + 1000))).text());
    expect(other).toEqual([{ type: "error", code: "NOT_FOUND", params: {} }]);
  });

  it("suggestion: aborting the request cancels the provider's", async () => {
    await saveMtSettings(settingsInput(`route-abort-${Date.now()}`));
    const id = await buildDocument("路由取消，这一段比较长，需要多个片段才能传完。");
    const [segment] = (await getDocument({ id })).segments;
    fake.queue({ kind: "slow", delayMs: 100 });
    const controller = new AbortController();
    const response = await suggestionRoute(new Request(`http://localhost/api/documents/${id}/mt?segment=${segment.id}`, { signal: controller.signal }), context(id));
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Nothing was cached: the next request goes to the provider again.
    const before = fake.translations().length;
    const events = parseSse(await (await suggestionRoute(new Request(`http://localhost/api/documents/${id}/mt?segment=${segment.id}`), context(id))).text());
    expect(events.at(-1)).toMatchObject({ type: "done", cached: false });
    expect(fake.translations().length).toBe(before + 1);
  });

  it("draft: streams the estimate, one event per paragraph and the summary as NDJSON; the segments carry their MT origin", async () => {
    const model = `route-draft-${Date.now()}`;
    await saveMtSettings(settingsInput(model));
    const id = await buildDocument("草稿一。\n草稿二。\n草稿三。");
    const segments = (await getDocument({ id })).segments;
    const request = new Request(`http://localhost/api/documents/${id}/mt/draft`, { method: "POST", body: JSON.stringify({ segmentIds: [segments[0].id, segments[2].id] }) });
    const response = await draftRoute(request, context(id));
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const events = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as DraftEvent);
    expect(events[0]).toEqual({ type: "estimate", paragraphs: 2, cached: 0, requests: 2, characters: 8 });
    expect(events.at(-1)).toEqual({ type: "summary", filled: 2, failed: 0, skipped: 0, cancelled: false });
    const filled = events.filter((event) => event.type === "filled");
    expect(filled.map((event) => event.segment.origin)).toEqual([`mt:openai:${model}`, `mt:openai:${model}`]);
    expect((await getDocument({ id })).segments.map((segment) => segment.origin)).toEqual([`mt:openai:${model}`, "", `mt:openai:${model}`]);
    const bad = await draftRoute(new Request(`http://localhost/api/documents/${id}/mt/draft`, { method: "POST", body: JSON.stringify({ segmentIds: "all" }) }), context(id));
    expect(bad.status).toBe(400);
  });
});
