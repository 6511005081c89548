import { loadPinyinAnnotator } from "@/lib/core/pinyin/annotate-pinyin";
import { getDictionary } from "@/lib/server/dictionary";
import { defineRead } from "@/app/_lib/define-read";
import { ZLookupText } from "../lookup-text";

/** GET /api/dictionary/describe?text=…: what the annotation dialog proposes for a selected text, its pinyin and entries. */
export const GET = defineRead(
  "describeText",
  ZLookupText,
  async ({ text }) => {
    const readings = (await loadPinyinAnnotator())(text).filter((reading): reading is string => reading !== null);
    return { pinyin: readings.join(" "), match: getDictionary().lookup(text, 0) };
  },
  { maxAgeSeconds: 3600 },
);
