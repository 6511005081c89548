import { describe, expect, it } from "vitest";
import type { Segment } from "../model";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import { parseBilingual } from "./parse-bilingual";
import { planImport } from "./plan-import";
import { writeExport } from "./write-export";

const exported = async (format: "tmx" | "xliff12" | "xliff20") => (await writeExport(SAMPLE_DATA, format, { textLayout: "target" }, SAMPLE_CONTEXT)).body as string;

describe("paragraph versions in exports", () => {
  it.each(["xliff12", "xliff20", "tmx"] as const)("%s carries each paragraph's version back", async (format) => {
    const parsed = parseBilingual(await exported(format));
    const expected = SAMPLE_DATA.segments.filter((segment) => format !== "tmx" || segment.target !== "");
    expect(parsed.units.map(({ id, version }) => ({ id, version }))).toEqual(expected.map((segment) => ({ id: `s${segment.id}`, version: segment.version })));
  });

  it("a file without versions (another tool's) or with a malformed one has none", () => {
    const xliff = (extra: string) =>
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh" target-language="en" original="x" datatype="plaintext"><body>` +
      `<trans-unit id="s1" ${extra}><source>一</source><target>One</target></trans-unit></body></file></xliff>`;
    expect(parseBilingual(xliff("")).units[0].version).toBeUndefined();
    expect(parseBilingual(xliff('extradata="duizhao-version=x"')).units[0].version).toBeUndefined();
    expect(parseBilingual(xliff('extradata="something else"')).units[0].version).toBeUndefined();
    expect(parseBilingual(xliff('extradata="duizhao-version=7"')).units[0].version).toBe(7);
  });
});

describe("planImport with versions", () => {
  // The document as stored; exports drop the sample's control characters, so they are left out here too.
  const stored = SAMPLE_DATA.segments.map((segment) => ({ ...segment, source: segment.source.replace(/[\u0000-\u0008]/g, ""), target: segment.target.replace(/[\u0000-\u0008]/g, "") }));
  const [heading, body] = stored;
  const newer: Segment[] = [{ ...heading, target: "Newer heading", version: heading.version + 1 }, ...stored.slice(1)];

  it("an older file's text for a paragraph changed since is a conflict, not a change", async () => {
    const units = parseBilingual(await exported("xliff20")).units.map((unit) => (unit.id === `s${body.id}` ? { ...unit, target: "Edited offline" } : unit));
    const plan = planImport(newer, units);
    expect(plan.conflicts).toEqual([{ segmentId: heading.id, n: 1, baseVersion: heading.version + 1, target: heading.target, status: heading.status }]);
    expect(plan.changes).toEqual([{ segmentId: body.id, n: 2, baseVersion: body.version, target: "Edited offline", status: body.status }]);
    expect(plan).toMatchObject({ unchanged: 4, unmatched: 0 });
  });

  it("a paragraph changed since but equal to the file is unchanged; a file without versions applies its text", async () => {
    const units = parseBilingual(await exported("xliff12")).units;
    expect(planImport(newer.map((segment, i) => (i === 0 ? { ...segment, target: heading.target } : segment)), units)).toMatchObject({ conflicts: [], changes: [], unchanged: 6 });
    const withoutVersions = units.map((unit) => ({ ...unit, version: undefined }));
    expect(planImport(newer, withoutVersions)).toMatchObject({ conflicts: [], changes: [{ segmentId: heading.id, target: heading.target }] });
  });

  it("a version only counts for a unit matched by its id", async () => {
    const units = parseBilingual(await exported("tmx")).units.map((unit) => ({ ...unit, id: `other-${unit.id}` }));
    expect(planImport(newer, units)).toMatchObject({ conflicts: [], changes: [{ segmentId: heading.id }], matchedBySource: 5 });
  });
});
