import { describe, expect, it } from "vitest";
import { buildDocxBomb } from "@/lib/core/testing/docx-bomb";
import { asyncRefusal } from "@/lib/core/testing/refusal";
import { runParseTask } from "./run-parse-task";

const tmx = (units: number) =>
  `<?xml version="1.0"?><tmx version="1.4"><header srclang="zh-Hans" adminlang="en" datatype="plaintext" segtype="paragraph" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>` +
  Array.from({ length: units }, (_, i) => `<tu tuid="s${i}"><tuv xml:lang="zh-Hans"><seg>第${i}段。随州市位于湖北省北部。</seg></tuv><tuv xml:lang="en"><seg>Paragraph ${i}.</seg></tuv></tu>`).join("") +
  `</body></tmx>`;

describe("runParseTask", () => {
  it("runs a task in a worker and returns its value", async () => {
    const parsed = await runParseTask("parseBilingual", [tmx(3)]);
    expect(parsed.units.map((unit) => unit.target)).toEqual(["Paragraph 0.", "Paragraph 1.", "Paragraph 2."]);
  });

  it("passes the task's refusal on as the same DomainError", async () => {
    expect(await asyncRefusal(runParseTask("parseBilingual", ["<tmx"]))).toBe("MALFORMED_XML");
  });

  it("refuses a .docx ZIP bomb with DOCX_TOO_LARGE, and the server's memory stays bounded", async () => {
    const bomb = buildDocxBomb(300);
    const before = process.memoryUsage().rss;
    expect(await asyncRefusal(runParseTask("readImportSource", [{ bytes: bomb, fileName: "bomb.docx" }]))).toBe("DOCX_TOO_LARGE");
    expect((process.memoryUsage().rss - before) / 1024 / 1024).toBeLessThan(300);
  });

  it("stops a worker that passes its memory limit: READ_OUT_OF_MEMORY with the limit", async () => {
    const error = await runParseTask("parseBilingual", [tmx(60_000)], { memoryMb: 24, seconds: 60 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "READ_OUT_OF_MEMORY", params: { limitMb: 24 } });
  });

  it("stops a worker that passes its time limit: READ_TIMED_OUT with the limit", async () => {
    const error = await runParseTask("parseBilingual", [tmx(20_000)], { memoryMb: 512, seconds: 0.05 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "READ_TIMED_OUT", params: { seconds: 0.05 } });
  });
});
