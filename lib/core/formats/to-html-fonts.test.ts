import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import { toHtml } from "./to-html";

const htmlFor = (sourceLang: string) => toHtml({ ...SAMPLE_DATA, document: { ...SAMPLE_DATA.document, sourceLang } }, SAMPLE_CONTEXT);

describe("bilingual HTML fonts", () => {
  it.each([
    ["zh-Hans", '"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'],
    ["zh-Hant", '"Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", sans-serif'],
    ["zh-Hant-HK", '"Microsoft JhengHei", "PingFang HK", "PingFang TC", "Noto Sans CJK HK", "Source Han Sans HC", "Noto Sans CJK TC", sans-serif'],
  ])("%s text names Windows, macOS and Linux fonts of its script", (sourceLang, family) => {
    const html = htmlFor(sourceLang);
    expect(html).toContain(`:lang(zh) { font-family: ${family}; }`);
    expect(html).toContain(`<td class="source" lang="${sourceLang}">`);
  });

  it("English text takes Latin fonts first, the Chinese ones after them", () => {
    const body = /body \{ font: 16px\/1\.6 ([^;]+);/.exec(htmlFor("zh-Hans"))![1];
    expect(body.startsWith('-apple-system, "Segoe UI", Roboto, "Noto Sans"')).toBe(true);
    expect(body.endsWith('"Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif')).toBe(true);
  });
});
