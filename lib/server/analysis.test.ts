import { describe, expect, it } from "vitest";
import { prisma } from "./db";
import { analyzeDocuments } from "./analysis";
import { getDocument } from "./documents";
import { saveSegmentTarget } from "./segments";
import { buildDocument } from "./testing/builders";

let edits = 0;
async function translate(segmentId: number, target: string) {
  const { version } = await prisma.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { version: true } });
  const result = await saveSegmentTarget({ segmentId, baseVersion: version, target, status: "translated", clientEditId: `analysis-test-${++edits}`, author: "test" });
  expect(result.kind).toBe("saved");
}

describe("analyzeDocuments", () => {
  it("counts a job and bands it against the memory: a job in one script matches a memory in the other, repeats are repetitions, the job never matches itself", async () => {
    const memory = await buildDocument("分析測試：市政府今天宣佈新的交通規則。\n分析測試：大家都同意這個計劃，明天開始。", "Analysis memory");
    const memoryIds = (await getDocument({ id: memory })).segments.map((s) => s.id);
    await translate(memoryIds[0], "Analysis test: the city announced new traffic rules today.");
    await translate(memoryIds[1], "Analysis test: everyone agreed to the plan, starting tomorrow.");

    const job = await buildDocument(
      ["分析测试：市政府今天宣布新的交通规则。", "分析测试：大家都同意这个计划，后天开始。", "分析测试：市政府今天宣布新的交通规则。", "完全無關的一段話，沒有任何記憶。"].join("\n"),
      "Analysis job",
    );
    const [first] = (await getDocument({ id: job })).segments.map((s) => s.id);
    await translate(first, "Analysis test: the city announced new traffic rules today.");

    const analysis = await analyzeDocuments({ ids: [job] });
    expect(analysis.matches.bands["100"].segments).toBe(1);
    expect(analysis.matches.bands.repetition.segments).toBe(1);
    expect(analysis.matches.bands["85-94"].segments + analysis.matches.bands["95-99"].segments).toBe(1);
    expect(analysis.matches.bands.none.segments).toBe(1);
    expect(analysis.matches.total.han).toBe(analysis.counts.han);
    expect(analysis.counts.paragraphs).toMatchObject({ translated: 1, untranslated: 3 });
    expect(analysis.counts.englishWords).toBe(9);

    const sentences = await analyzeDocuments({ ids: [job], unit: "sentence" });
    expect(sentences.matches.total.segments).toBe(4);
    await expect(analyzeDocuments({ ids: [job, 999_999] })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
