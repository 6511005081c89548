import { getDictionary } from "@/lib/server/dictionary";
import { defineRead } from "@/app/_lib/define-read";
import { ZLookupText } from "../lookup-text";

/** GET /api/dictionary/lookup?text=…: the dictionary's longest entry at the start of the text. */
export const GET = defineRead("lookupWord", ZLookupText, async ({ text }) => getDictionary().lookup(text, 0), { maxAgeSeconds: 3600 });
