import mammoth from "mammoth";
import { readFileSync } from "node:fs";
const buffer = readFileSync(process.argv[2]);
const r0 = process.memoryUsage().rss;
const t = Date.now();
const { value } = await mammoth.extractRawText({ buffer });
console.log(process.argv[2], "text", value.length, "ms", Date.now() - t, "maxRSS MB", process.resourceUsage().maxRSS >> 10, "rss0", r0 >> 20);
