// A CPU reference for benchmarks without a reference of their own kind: a JSON round trip of 10,000
// small records and a sort of 200,000 numbers, work of the same nature as parsing and indexing text.
import type { Benchmark } from "./benchmark";
import { lcg } from "./synthetic-chinese";

export const CPU_REFERENCE = "reference: CPU (JSON round trip, sort)";

const random = lcg(3);
const records = Array.from({ length: 10_000 }, (_, i) => ({ id: i, text: `第${i}段 paragraph ${i}`, score: random() }));
const numbers = Array.from({ length: 200_000 }, () => random());

export const benchmarks: Benchmark[] = [
  {
    name: CPU_REFERENCE,
    size: "10,000 records, 200,000 numbers",
    run: () => {
      JSON.parse(JSON.stringify(records));
      [...numbers].sort((a, b) => a - b);
    },
    runs: 15,
  },
];
