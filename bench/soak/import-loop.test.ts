import { describe, expect, it } from "vitest";
import { parseBilingual } from "@/lib/core/formats/parse-bilingual";
import { conflictsOf, verdictOf, withTargets } from "./import-loop";

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="t" source-language="zh-Hans" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="s1"><source>第一段。</source><target state="translated">One.</target></trans-unit>
      <trans-unit id="s2"><source>第二段。</source></trans-unit>
      <trans-unit id="s3"><source>第三段。</source></trans-unit>
    </body>
  </file>
</xliff>`;

describe("withTargets", () => {
  it("replaces a target, adds a missing one and leaves the other units alone", () => {
    const changed = withTargets(XLIFF, new Map([[1, "First & <one>"], [2, "Second."]]));
    const units = parseBilingual(changed).units.map(({ id, target }) => ({ id, target }));
    expect(units).toEqual([
      { id: "s1", target: "First & <one>" },
      { id: "s2", target: "Second." },
      { id: "s3", target: "" },
    ]);
  });
});

describe("verdictOf", () => {
  const run = (code: number, stderr: string) => ({ code, stderr, stdout: "", ms: 1 });
  it.each([
    [run(0, "Updated 3 paragraphs"), "ok"],
    [run(1, "duizhao: 2 paragraphs changed since the export: conflict"), "conflict"],
    [run(1, "duizhao: The file is not valid XML"), "failed"],
    [run(1, "PrismaClientKnownRequestError:\nOperation has timed out\n    at vn.request (/x/RequestHandler.ts:153:12)\n"), "failed"],
    [run(0, "Error: conflict\n    at main (/x/duizhao.ts:1:2)"), "failed"],
  ])("%j is %s", (cli, verdict) => expect(verdictOf(cli)).toBe(verdict));
});

describe("conflictsOf", () => {
  const run = (stderr: string) => ({ code: 0, stderr, stdout: "", ms: 1 });
  it("reads the count of the CLI's Conflicts line, 0 without one", () => {
    expect(conflictsOf(run("Updated 2 paragraphs; 5 unchanged.\nConflicts: 3 (paragraphs 1, 4, 9) changed since the file was exported; …"))).toBe(3);
    expect(conflictsOf(run("Updated 2 paragraphs; 5 unchanged."))).toBe(0);
  });
});
