import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { cleanText } from "@/lib/core/clean/clean-text";
import { decodeBytes } from "@/lib/core/import/decode-bytes";
import { pastedSource, prepareImport } from "@/lib/core/import/prepare-import";
import { readImportSource } from "@/lib/core/import/read-import-source";
import { createDocument } from "@/lib/server/documents";
import { formatBytes, type Benchmark } from "./benchmark";
import { CPU_REFERENCE } from "./reference.bench";
import { syntheticChineseBytes } from "./synthetic-chinese";

const DEMO_FILE = "samples/demo-forum-page.txt";
const demo = readFileSync(DEMO_FILE);
const demoText = demo.toString("utf8");

/** The damaged demo page repeated to a size: every kind of damage, at scale. */
function damaged(bytes: number): string {
  return demoText.repeat(Math.ceil(bytes / demo.byteLength)).slice(0, Math.round((bytes * demoText.length) / demo.byteLength));
}

const oneMb = damaged(1024 * 1024);
const tenMb = damaged(10 * 1024 * 1024);
const cleanOneMb = new TextDecoder().decode(syntheticChineseBytes(1024 * 1024));
// A 5 MB upload (the import limit) in GB18030, for encoding detection and decoding.
const gbFiveMb = iconv.encode(new TextDecoder().decode(syntheticChineseBytes(7.4 * 1024 * 1024)), "gb18030");
const demoSource = await readImportSource({ bytes: demo, fileName: DEMO_FILE });
const preparedDemo = prepareImport(demoSource, { cleanup: { disabledRules: [], restored: [], accepted: [] } });
const size = (text: string) => `${formatBytes(Buffer.byteLength(text))}, ${cleanText(text).paragraphs.length} ¶`;

export const benchmarks: Benchmark[] = [
  { name: "decodeBytes (detect + decode) GB18030", size: formatBytes(gbFiveMb.byteLength), run: () => decodeBytes(gbFiveMb), runs: 10 },
  { name: "readImportSource demo page", size: formatBytes(demo.byteLength), run: () => readImportSource({ bytes: demo, fileName: DEMO_FILE }) },
  // As an import runs it: paragraphs only. The preview also reports every change (the "with report" rows).
  {
    name: "cleanup + segmentation, damaged 1 MB",
    size: size(oneMb),
    run: () => cleanText(oneMb, undefined, { report: false }),
    runs: 10,
    target: 100,
    reference: CPU_REFERENCE,
    isChecked: true,
  },
  {
    name: "cleanup + segmentation, damaged 10 MB",
    size: size(tenMb),
    run: () => cleanText(tenMb, undefined, { report: false }),
    runs: 5,
    warmup: 1,
    reference: "cleanup + segmentation, damaged 1 MB",
  },
  { name: "cleanup + segmentation, clean 1 MB", size: size(cleanOneMb), run: () => cleanText(cleanOneMb, undefined, { report: false }), runs: 10 },
  { name: "cleanup with report (preview), damaged 1 MB", size: size(oneMb), run: () => cleanText(oneMb), runs: 10 },
  {
    name: "prepareImport pasted 1 MB, cleaned",
    size: formatBytes(Buffer.byteLength(oneMb)),
    run: () => prepareImport(pastedSource(oneMb), { cleanup: { disabledRules: [], restored: [], accepted: [] } }),
    runs: 10,
  },
  { name: "createDocument demo (SQLite)", size: `${preparedDemo.segments.length} segments`, run: () => createDocument(preparedDemo), runs: 20 },
];
