import { z } from "zod";
import { readPublicMtSettings } from "@/lib/server/mt/mt-settings";
import { defineRead } from "@/app/_lib/define-read";

/** GET /api/mt/settings: PublicMtSettings (lib/core/mt/mt-contract.ts): whether MT is configured; never the key. */
export const GET = defineRead("mtSettings", z.object({}), () => readPublicMtSettings());
