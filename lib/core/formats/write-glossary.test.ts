import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import { GLOSSARY_FORMATS } from "./export-data";
import { writeGlossary } from "./write-glossary";

const golden = (name: string) => readFileSync(new URL(`__fixtures__/${name}`, import.meta.url), "utf8");

describe("writeGlossary", () => {
  it.each([
    ["csv", "duizhao-glossary.csv", "text/csv; charset=utf-8", '\uFEFF"source","target","note","usage"\r\n'],
    ["tbx", "duizhao-glossary.tbx", "application/x-tbx+xml; charset=utf-8", '<martif type="TBX-Basic" xml:lang="en">'],
    ["tbx3", "duizhao-glossary-tbx3.tbx", "application/x-tbx+xml; charset=utf-8", '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">'],
  ] as const)("%s: %s as %s", (format, fileName, mimeType, start) => {
    const file = writeGlossary(SAMPLE_DATA.terms, format, SAMPLE_CONTEXT);
    expect(file).toMatchObject({ fileName, mimeType });
    expect(file.body).toContain(start);
  });

  it("covers every glossary format; the CSV and TBX v3 bodies are the golden files (with zh, not zh-Hans)", () => {
    expect(GLOSSARY_FORMATS.map((format) => writeGlossary([], format, SAMPLE_CONTEXT).fileName)).toHaveLength(3);
    expect(writeGlossary(SAMPLE_DATA.terms, "csv", SAMPLE_CONTEXT).body).toBe(golden("glossary.csv"));
    expect(writeGlossary(SAMPLE_DATA.terms, "tbx3", SAMPLE_CONTEXT).body).toBe(golden("glossary.tbx3.tbx").replaceAll('xml:lang="zh-Hans"', 'xml:lang="zh"'));
  });
});
