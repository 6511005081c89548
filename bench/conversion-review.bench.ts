import { readFileSync } from "node:fs";
import type { ConversionOverride } from "@/lib/core/convert/conversion-review-types";
import { loadConversionReviewer } from "@/lib/core/convert/review-conversion";
import type { Benchmark } from "./benchmark";
import { syntheticChineseBytes } from "./synthetic-chinese";

// The conversion review (issue 8) of a whole 10,000-paragraph document, as `duizhao check` and the
// "every occurrence" count do it; the editor reviews only the rows it draws (about 20 at a time).
const demo = readFileSync("samples/demo-forum-page.txt", "utf8").split("\n").filter((line) => line.trim().length > 8);
const traditional = Array.from({ length: 10_000 }, (_, i) => demo[i % demo.length]);
const simplified = new TextDecoder().decode(syntheticChineseBytes(4 * 1024 * 1024)).split("\n").filter(Boolean).slice(0, 10_000);
const review = await loadConversionReviewer();
const overrides: ConversionOverride[] = [{ id: 1, documentId: 1, segmentId: null, start: null, from: "干部", to: "幹部", script: "original" }];
const chars = (texts: string[]) => `${texts.reduce((n, text) => n + [...text].length, 0).toLocaleString("en")} chars`;

export const benchmarks: Benchmark[] = [
  {
    name: "conversion review: demo text ×, Traditional view",
    size: `10,000 ¶, ${chars(traditional)}`,
    run: () => traditional.forEach((text, i) => review(text, "hant", { view: "hant", overrides, segmentId: i })),
    runs: 3,
    warmup: 1,
  },
  {
    name: "conversion review: Simplified text, Traditional view",
    size: `10,000 ¶, ${chars(simplified)}`,
    run: () => simplified.forEach((text, i) => review(text, "hans", { view: "hant", overrides, segmentId: i })),
    runs: 3,
    warmup: 1,
  },
  {
    name: "conversion review: one screen (20 ¶)",
    size: `20 ¶, ${chars(traditional.slice(0, 20))}`,
    run: () => traditional.slice(0, 20).forEach((text, i) => review(text, "hant", { view: "hant", overrides, segmentId: i })),
  },
];
