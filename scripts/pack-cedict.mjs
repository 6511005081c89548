// Packs a CC-CEDICT release (cedict_ts.u8, as published by MDBG) into vendor/cc-cedict/: one line per
// entry, "simplified<TAB>traditional (empty when the same)<TAB>pinyin<TAB>senses separated by /",
// Brotli-compressed in two parts so that no committed file passes 2 MB. Run by hand to update:
//   node scripts/pack-cedict.mjs path/to/cedict_ts.u8
import { readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const PARTS = 2;
const [file] = process.argv.slice(2);
if (!file) throw new Error("usage: node scripts/pack-cedict.mjs cedict_ts.u8");
const lines = [];
const header = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (line.startsWith("#")) {
    header.push(line);
    continue;
  }
  const match = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line);
  if (!match) continue;
  const [, traditional, simplified, pinyin, senses] = match;
  lines.push([simplified, traditional === simplified ? "" : traditional, pinyin, senses].join("\t"));
}
const size = Math.ceil(lines.length / PARTS);
for (let part = 0; part < PARTS; part++) {
  const text = lines.slice(part * size, (part + 1) * size).join("\n");
  const packed = brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } });
  writeFileSync(new URL(`../vendor/cc-cedict/cedict-${part + 1}.tsv.br`, import.meta.url), packed);
}
writeFileSync(new URL("../vendor/cc-cedict/HEADER.txt", import.meta.url), `${header.join("\n")}\n`);
console.log(`${lines.length} entries in ${PARTS} parts`);
