import { z } from "zod";
import { CLEANUP_RULES } from "@/lib/core/clean/types";

const ZEditKey = z.string().max(200);

/** The user's cleanup choices, as the import and the re-clean send them. */
export const ZCleanupChoices = z.object({
  disabledRules: z.array(z.enum(CLEANUP_RULES)),
  restored: z.array(ZEditKey).max(100_000),
  accepted: z.array(ZEditKey).max(100_000),
});
