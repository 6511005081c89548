import "server-only";
import { z } from "zod";
import type { PublicMtSettings } from "@/lib/core/mt/mt-contract";
import { MAX_CONCURRENT_LIMIT, MT_DEFAULTS, MT_PROVIDERS, MT_SOURCE_SCRIPTS, type MtSettings } from "@/lib/core/mt/mt-types";
import { completeSettings, settingsFromEnv, type PartialMtSettings } from "@/lib/core/mt/read-settings";
import { prisma } from "../db";

const KEY = "mt";

/** What the settings page saves; an empty apiKey keeps the stored key unless clearApiKey is set. */
export const ZMtSettingsInput = z.object({
  provider: z.enum(["", ...MT_PROVIDERS]),
  baseUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ }).max(500)]),
  apiKey: z.string().max(500),
  clearApiKey: z.boolean().default(false),
  model: z.string().max(200),
  temperature: z.number().min(0).max(2),
  maxConcurrent: z.number().int().min(1).max(MAX_CONCURRENT_LIMIT),
  sourceScript: z.enum(MT_SOURCE_SCRIPTS),
});
export type MtSettingsInput = z.input<typeof ZMtSettingsInput>;

async function readStored(): Promise<PartialMtSettings> {
  const row = await prisma.setting.findUnique({ where: { key: KEY } });
  if (!row) return {};
  try {
    return JSON.parse(row.value) as PartialMtSettings;
  } catch {
    return {};
  }
}

type Effective = { settings: MtSettings | null; from: PublicMtSettings["from"]; shown: PartialMtSettings };

/** The settings page's row when it names a provider, else the DUIZHAO_MT_* environment variables. */
async function effective(): Promise<Effective> {
  const stored = await readStored();
  if (stored.provider) return { settings: completeSettings(stored), from: "stored", shown: stored };
  const env = settingsFromEnv(process.env);
  if (env.provider) return { settings: completeSettings(env), from: "env", shown: env };
  return { settings: null, from: "none", shown: stored };
}

/** The settings in force, key included: server side only. Null when nothing usable is configured. */
export async function readMtSettings(): Promise<MtSettings | null> {
  return (await effective()).settings;
}

/** The settings as the browser may see them: whether a key is set, never the key. */
export async function readPublicMtSettings(): Promise<PublicMtSettings> {
  const { settings, from, shown } = await effective();
  const provider = String(shown.provider ?? "");
  return {
    configured: settings !== null,
    from,
    provider: (MT_PROVIDERS as readonly string[]).includes(provider) ? (provider as PublicMtSettings["provider"]) : null,
    baseUrl: String(shown.baseUrl ?? ""),
    model: String(shown.model ?? ""),
    temperature: Number(shown.temperature ?? MT_DEFAULTS.temperature),
    maxConcurrent: Number(shown.maxConcurrent ?? MT_DEFAULTS.maxConcurrent),
    sourceScript: shown.sourceScript === "hans" ? "hans" : "original",
    hasApiKey: String(shown.apiKey ?? "") !== "",
    envProvider: Boolean(process.env.DUIZHAO_MT_PROVIDER?.trim()),
  };
}

/** Stores the settings page's choices (provider "" removes them, so the environment applies again). */
export async function saveMtSettings(input: z.output<typeof ZMtSettingsInput>): Promise<PublicMtSettings> {
  const { clearApiKey, ...rest } = input;
  if (rest.provider === "") {
    await prisma.setting.deleteMany({ where: { key: KEY } });
    return readPublicMtSettings();
  }
  const stored = await readStored();
  const apiKey = clearApiKey ? "" : rest.apiKey.trim() || String(stored.apiKey ?? "");
  const value = JSON.stringify({ ...rest, apiKey });
  await prisma.setting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } });
  return readPublicMtSettings();
}
