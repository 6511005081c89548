import { z } from "zod";

/** The text a dictionary read is asked about. */
export const ZLookupText = z.object({ text: z.string().min(1).max(200) });
