import { z } from "zod";

/** A row id. */
export const ZId = z.number().int().positive();

/** An open editor's (browser tab's) id, for presence: the live stream's `?client=` and reportPresenceAction. */
export const ZClientId = z.string().regex(/^[\w-]{1,64}$/);
