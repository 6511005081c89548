import { z } from "zod";
import { describeConversionOptions, MAX_OVERRIDE_LENGTH } from "@/lib/server/conversion-review";
import { defineRead } from "@/app/_lib/define-read";

const ZText = z.string().min(1).max(MAX_OVERRIDE_LENGTH * 2);
const ZOptions = z
  .string()
  .max(4000)
  .transform((json, context) => {
    try {
      return JSON.parse(json) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "not JSON" });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.object({ text: ZText, source: ZText })).max(20));

/** GET /api/dictionary/senses?options=[{text,source}…]: short CC-CEDICT senses for conversion choices, in the order asked. */
export const GET = defineRead("conversionSenses", z.object({ options: ZOptions }), async (input) => describeConversionOptions(input), { maxAgeSeconds: 3600 });
