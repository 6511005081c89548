import { z } from "zod";

/** A row id. */
export const ZId = z.number().int().positive();
