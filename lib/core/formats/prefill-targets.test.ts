import { describe, expect, it } from "vitest";
import { SAMPLE_CONTEXT, SAMPLE_DATA } from "./__fixtures__/sample-data";
import { parseBilingual } from "./parse-bilingual";
import { writeExport } from "./write-export";

const write = async (format: "xliff12" | "xliff20" | "tmx") => (await writeExport(SAMPLE_DATA, format, { textLayout: "target", isTargetPrefilled: true }, SAMPLE_CONTEXT)).body as string;

describe("XLIFF with the target pre-filled with the source", () => {
  // Golden files, so that scripts/validate-exports.sh checks them against the schemas too.
  it.each(["xliff12", "xliff20"] as const)("%s matches its golden file", async (format) => {
    await expect(await write(format)).toMatchFileSnapshot(`__fixtures__/sample-prefilled.${format}.xlf`);
  });

  it.each(["xliff12", "xliff20"] as const)("%s: only the untranslated paragraph gets its source, and reads back as untranslated", async (format) => {
    const units = parseBilingual(await write(format)).units;
    expect(units.map(({ target, status }) => ({ target, status }))).toEqual(
      SAMPLE_DATA.segments.map(({ target, status }) => ({ target: target.replace(/[\u0000-\u0008]/g, ""), status })),
    );
  });

  it("leaves other formats alone", async () => {
    expect(await write("tmx")).toBe((await writeExport(SAMPLE_DATA, "tmx", { textLayout: "target" }, SAMPLE_CONTEXT)).body);
  });
});
