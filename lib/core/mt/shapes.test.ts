import { describe, expect, it } from "vitest";
import { glossaryVersion, mtCacheKey } from "./cache-key";
import { deeplBaseUrl, deeplGlossaryBody, deeplTranslateBody, parseDeeplGlossary, parseDeeplTranslation } from "./deepl-shapes";
import { estimateCost } from "./estimate-cost";
import { libreTranslateBody, parseLibreTranslation } from "./libretranslate-shapes";
import { completeSettings, settingsFromEnv } from "./read-settings";
import { runPool } from "./run-pool";

describe("DeepL shapes", () => {
  it("picks the free endpoint for :fx keys unless a base URL is set", () => {
    expect(deeplBaseUrl("abc:fx", "")).toBe("https://api-free.deepl.com");
    expect(deeplBaseUrl("abc", "")).toBe("https://api.deepl.com");
    expect(deeplBaseUrl("abc", "http://127.0.0.1:9/")).toBe("http://127.0.0.1:9");
  });

  it("builds the translate and glossary bodies DeepL expects and reads their answers", () => {
    expect(deeplTranslateBody("你好", "g1", "")).toEqual({ text: ["你好"], source_lang: "ZH", target_lang: "EN-US", glossary_id: "g1" });
    const body = deeplGlossaryBody(
      [
        { source: "软件", target: "software", usage: "preferred", note: "" },
        { source: "软件", target: "program", usage: "preferred", note: "" },
        { source: "菜单", target: "carte", usage: "forbidden", note: "" },
        { source: "a\tb", target: "x", usage: "preferred", note: "" },
      ],
      "n",
    );
    expect(body).toEqual({ name: "n", source_lang: "zh", target_lang: "en", entries: "软件\tsoftware", entries_format: "tsv" });
    expect(deeplGlossaryBody([], "n")).toBeNull();
    expect(parseDeeplTranslation({ translations: [{ detected_source_language: "ZH", text: "Hello" }] })).toBe("Hello");
    expect(() => parseDeeplTranslation({ message: "x" })).toThrow(/without a translation/);
    expect(parseDeeplGlossary({ glossary_id: "abc", ready: true })).toBe("abc");
  });
});

describe("LibreTranslate shapes", () => {
  it("names Simplified zh and Traditional zt, and reads translatedText or the error", () => {
    expect(libreTranslateBody("你好", "hans", "")).toEqual({ q: "你好", source: "zh", target: "en", format: "text" });
    expect(libreTranslateBody("妳好", "hant", "k")).toMatchObject({ source: "zt", api_key: "k" });
    expect(parseLibreTranslation({ translatedText: "Hello" })).toBe("Hello");
    expect(() => parseLibreTranslation({ error: "Invalid request" })).toThrow(/Invalid request/);
  });
});

describe("cache key and glossary version", () => {
  const base = { source: "你好", provider: "openai", model: "m", glossaryVersion: "g", sourceScript: "original" as const };
  it("differs when any part differs and is stable otherwise", () => {
    expect(mtCacheKey(base)).toBe(mtCacheKey({ ...base }));
    for (const change of [{ source: "你好。" }, { provider: "deepl" }, { model: "n" }, { glossaryVersion: "h" }, { sourceScript: "hans" as const }]) {
      expect(mtCacheKey({ ...base, ...change })).not.toBe(mtCacheKey(base));
    }
  });

  it("versions a glossary by its content, not its order", () => {
    const a = { source: "软件", target: "software", usage: "preferred" };
    const b = { source: "菜单", target: "menu", usage: "preferred" };
    expect(glossaryVersion([a, b])).toBe(glossaryVersion([b, a]));
    expect(glossaryVersion([a, b])).not.toBe(glossaryVersion([a, { ...b, usage: "forbidden" }]));
  });
});

describe("estimateCost", () => {
  it("counts characters and requests of the paragraphs not cached", () => {
    expect(estimateCost([{ source: "你好𠀀", cached: false }, { source: "再见", cached: true }, { source: "谢谢", cached: false }])).toEqual({
      paragraphs: 3,
      cached: 1,
      requests: 2,
      characters: 5,
    });
  });
});

describe("settings", () => {
  it("reads DUIZHAO_MT_* and completes them with defaults, clamped", () => {
    const env = settingsFromEnv({ DUIZHAO_MT_PROVIDER: "OpenAI", DUIZHAO_MT_BASE_URL: "http://x/v1", DUIZHAO_MT_MODEL: "m", DUIZHAO_MT_MAX_CONCURRENT: "99", DUIZHAO_MT_API_KEY: "" });
    expect(completeSettings(env)).toEqual({ provider: "openai", baseUrl: "http://x/v1", apiKey: "", model: "m", temperature: 0.2, maxConcurrent: 16, sourceScript: "original" });
  });

  it("is not configured without a provider or what the provider needs", () => {
    expect(completeSettings({})).toBeNull();
    expect(completeSettings({ provider: "openai", baseUrl: "http://x" })).toBeNull();
    expect(completeSettings({ provider: "deepl" })).toBeNull();
    expect(completeSettings({ provider: "libretranslate" })).toBeNull();
    expect(completeSettings({ provider: "libretranslate", baseUrl: "http://lt" })).not.toBeNull();
  });
});

describe("runPool", () => {
  it("never runs more than the limit at once and stops starting items once aborted", async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const controller = new AbortController();
    await runPool([1, 2, 3, 4, 5, 6, 7, 8], 3, async (item) => {
      started.push(item);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (item === 4) controller.abort();
      running--;
    }, controller.signal);
    expect(most).toBe(3);
    expect(started.length).toBeLessThan(8);
  });
});
