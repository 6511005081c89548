import { readFileSync } from "node:fs";
import { prepareImport } from "@/lib/core/import/prepare-import";
import { MAX_IMPORT_BYTES } from "@/lib/core/limits";
import { createDocument } from "@/lib/server/documents";
import { formatBytes, type Benchmark } from "./benchmark";
import { syntheticChineseBytes } from "./synthetic-chinese";

const DEMO_FILE = "samples/demo-forum-page.txt";
const demo = readFileSync(DEMO_FILE);
const oneMb = syntheticChineseBytes(1024 * 1024);
const atLimit = syntheticChineseBytes(MAX_IMPORT_BYTES);
const preparedDemo = prepareImport({ kind: "file", bytes: demo, fileName: DEMO_FILE });

const paragraphs = (bytes: Uint8Array) => prepareImport({ kind: "file", bytes, fileName: "x.txt" }).segments.length;

export const benchmarks: Benchmark[] = [
  {
    name: "prepareImport demo page",
    size: `${formatBytes(demo.byteLength)}, ${preparedDemo.segments.length} ¶`,
    run: () => prepareImport({ kind: "file", bytes: demo, fileName: DEMO_FILE }),
  },
  {
    name: "prepareImport synthetic",
    size: `${formatBytes(oneMb.byteLength)}, ${paragraphs(oneMb)} ¶`,
    run: () => prepareImport({ kind: "file", bytes: oneMb, fileName: "synthetic.txt" }),
    runs: 10,
  },
  {
    name: "prepareImport synthetic (limit)",
    size: `${formatBytes(atLimit.byteLength)}, ${paragraphs(atLimit)} ¶`,
    run: () => prepareImport({ kind: "file", bytes: atLimit, fileName: "synthetic.txt" }),
    runs: 5,
    warmup: 1,
  },
  {
    name: "createDocument demo (SQLite)",
    size: `${preparedDemo.segments.length} segments`,
    run: () => createDocument(preparedDemo),
    runs: 20,
  },
];
