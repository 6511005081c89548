// Writing 10,000 paragraphs to each export format (pure core functions, no database): the target is
// TMX and XLIFF under 300 ms. The reference is the CPU one: JSON.stringify of the same data was, but its
// time swings 2–11 ms with the heap's state, and with it the ratios, up to 2× between two processes.
import type { ExportData } from "@/lib/core/formats/export-data";
import { EXPORT_FORMATS } from "@/lib/core/formats/export-data";
import { parseBilingual } from "@/lib/core/formats/parse-bilingual";
import { writeExport } from "@/lib/core/formats/write-export";
import type { Benchmark } from "./benchmark";
import { CPU_REFERENCE } from "./reference.bench";

const PARAGRAPHS = 10_000;
const at = new Date("2025-01-01T00:00:00Z");
const context = { now: at, toolVersion: "bench" };

const data: ExportData = {
  document: { id: 1, title: "基准 bench", encoding: "utf-8", script: "hans", sourceLang: "zh-Hans", targetLang: "en", sourceUrl: "", note: "", createdAt: at, updatedAt: at },
  segments: Array.from({ length: PARAGRAPHS }, (_, i) => ({
    id: i + 1,
    position: i,
    kind: i % 20 === 0 ? ("heading" as const) : ("body" as const),
    source: `第${i + 1}段：研发 & 测试，如果 a < b 就点赞 👍，这是一个比较长的句子，用来模拟真实的网页段落内容。`,
    target: i % 3 === 2 ? "" : `Paragraph ${i + 1}: R&D & testing, if a < b then like 👍, a longer sentence standing in for a real web paragraph.`,
    status: i % 3 === 2 ? ("untranslated" as const) : ("translated" as const),
    version: 1,
  })),
  annotations: Array.from({ length: PARAGRAPHS / 10 }, (_, i) => ({
    segmentId: i * 10 + 1, start: 4, end: 6, quote: "研发", gloss: "R&D", note: "", pinyin: "yánfā", category: "term" as const,
  })),
  terms: [],
};

// Issue 20's targets: TMX and XLIFF under 300 ms, DOCX under 1 s.
const TARGETS: Partial<Record<(typeof EXPORT_FORMATS)[number], number>> = { tmx: 300, xliff12: 300, xliff20: 300, docx: 1000 };

const xliff20 = (await writeExport(data, "xliff20", { textLayout: "target" }, context)).body as string;

export const benchmarks: Benchmark[] = [
  ...EXPORT_FORMATS.map(
    (format): Benchmark => ({
      name: `export: ${format}`,
      size: `${PARAGRAPHS} paragraphs`,
      run: () => writeExport(data, format, { textLayout: "interleaved" }, context),
      runs: format === "docx" ? 5 : 10,
      warmup: 2,
      reference: CPU_REFERENCE,
      ...(TARGETS[format] === undefined ? {} : { target: TARGETS[format], isChecked: true }),
    }),
  ),
  { name: "import: parse XLIFF 2.0", size: `${PARAGRAPHS} paragraphs`, run: () => parseBilingual(xliff20), runs: 10, warmup: 2 },
];
