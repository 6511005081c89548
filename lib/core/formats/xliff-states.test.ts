import { describe, expect, it } from "vitest";
import type { SegmentStatus } from "../model";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import { parseBilingual } from "./parse-bilingual";
import { writeExport } from "./write-export";
import { fromXliff12State, fromXliff20State } from "./xliff-states";

const STATUSES: SegmentStatus[] = ["untranslated", "draft", "translated", "reviewed"];

// One paragraph per status (the untranslated one with no target).
const data = {
  ...SAMPLE_DATA,
  annotations: [],
  segments: STATUSES.map((status, i) => ({ id: i + 1, position: i, kind: "body" as const, source: `第${i + 1}段`, target: status === "untranslated" ? "" : `Paragraph ${i + 1}`, status, version: 1 })),
};

const unitOf = (xml: string, id: string) => new RegExp(`<(?:trans-unit|unit) id="${id}"[^>]*>[\\s\\S]*?</(?:trans-unit|unit)>`).exec(xml)?.[0] ?? "";

describe("XLIFF 1.2 export: state and approved per status", () => {
  it.each([
    ["s1", /^(?![\s\S]*<target)(?![\s\S]*approved)/],
    ["s2", /^(?![\s\S]*approved)[\s\S]*<target state="needs-review-translation">/],
    ["s3", /approved="yes"[\s\S]*<target state="translated">/],
    ["s4", /approved="yes"[\s\S]*<target state="signed-off">/],
  ])("%s", async (id, expected) => {
    const { body } = await writeExport(data, "xliff12", { textLayout: "target" }, SAMPLE_CONTEXT);
    expect(unitOf(body as string, id)).toMatch(expected);
  });

  it("a target pre-filled with its source is state new, without approved", async () => {
    const { body } = await writeExport(data, "xliff12", { textLayout: "target", isTargetPrefilled: true }, SAMPLE_CONTEXT);
    expect(unitOf(body as string, "s1")).toMatch(/^<trans-unit id="s1"(?![^>]*approved)[^>]*>\s*<source>第1段<\/source>\s*<target state="new">第1段<\/target>/);
    expect(unitOf(body as string, "s3")).toContain('<target state="translated">Paragraph 3</target>');
  });
});

describe("export of drafts from the memory", () => {
  it("says exact or fuzzy match in XLIFF 1.2, and never calls them machine translation", async () => {
    const drafts = { ...data, segments: data.segments.map((s, i) => (i === 1 ? { ...s, origin: "tm:87" } : i === 2 ? { ...s, status: "draft" as const, origin: "tm:100" } : s)) };
    const xliff12 = (await writeExport(drafts, "xliff12", { textLayout: "target" }, SAMPLE_CONTEXT)).body as string;
    expect(unitOf(xliff12, "s2")).toContain('state-qualifier="fuzzy-match"');
    expect(unitOf(xliff12, "s3")).toContain('state-qualifier="exact-match"');
    const xliff20 = (await writeExport(drafts, "xliff20", { textLayout: "target" }, SAMPLE_CONTEXT)).body as string;
    const tmx = (await writeExport(drafts, "tmx", { textLayout: "target" }, SAMPLE_CONTEXT)).body as string;
    for (const body of [xliff12, xliff20, tmx]) expect(body).not.toMatch(/mt-suggestion|duizhao:mt|x-origin/);
  });
});

describe("XLIFF 2.0 export: state per status", () => {
  it.each([
    ["s1", 'state="initial">', false],
    ["s2", 'state="initial" subState="duizhao:draft">', true],
    ["s3", 'state="translated">', true],
    ["s4", 'state="reviewed">', true],
  ])("%s", async (id, state, hasTarget) => {
    const { body } = await writeExport(data, "xliff20", { textLayout: "target" }, SAMPLE_CONTEXT);
    expect(unitOf(body as string, id)).toContain(`<segment ${state}`);
    expect(unitOf(body as string, id).includes("<target")).toBe(hasTarget);
  });
});

describe("XLIFF 1.2 import: the state decides, then approved", () => {
  it.each([
    ["", "", "", "untranslated", false],
    ["translated", "yes", "", "untranslated", false],
    ["new", "", "T", "draft", false],
    ["needs-translation", "", "T", "draft", false],
    ["needs-review-translation", "", "T", "draft", false],
    ["needs-l10n", "yes", "T", "draft", false],
    ["needs-review-l10n", "", "T", "draft", false],
    ["x-custom", "", "T", "draft", false],
    ["translated", "", "T", "translated", false],
    ["translated", "no", "T", "translated", false],
    ["translated", "yes", "T", "translated", false],
    ["signed-off", "", "T", "reviewed", false],
    ["signed-off", "yes", "T", "reviewed", false],
    ["final", "no", "T", "reviewed", false],
    ["", "yes", "T", "translated", false],
    ["", "no", "T", "draft", false],
    ["", "", "T", "draft", true],
  ])("state %j, approved %j, target %j: %s", (state, approved, target, status, isImplied) => {
    expect(fromXliff12State(state, approved, target)).toEqual({ status, isImplied });
  });
});

describe("XLIFF 2.0 import", () => {
  it.each([
    ["initial", "", "untranslated", false],
    ["translated", "", "untranslated", false],
    ["initial", "T", "draft", false],
    ["", "T", "draft", true],
    ["translated", "T", "translated", false],
    ["reviewed", "T", "reviewed", false],
    ["final", "T", "reviewed", false],
  ])("state %j, target %j: %s", (state, target, status, isImplied) => {
    expect(fromXliff20State(state, target)).toEqual({ status, isImplied });
  });
});

describe("every status comes back", () => {
  it.each([
    ["xliff12", false],
    ["xliff12", true],
    ["xliff20", false],
    ["xliff20", true],
  ] as const)("%s (target pre-filled: %s)", async (format, isTargetPrefilled) => {
    const { body } = await writeExport(data, format, { textLayout: "target", isTargetPrefilled }, SAMPLE_CONTEXT);
    const units = parseBilingual(body as string).units;
    expect(units.map(({ target, status }) => ({ target, status }))).toEqual(data.segments.map(({ target, status }) => ({ target, status })));
  });
});
