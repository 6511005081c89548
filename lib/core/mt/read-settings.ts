import { isOneOf } from "../model";
import { MAX_CONCURRENT_LIMIT, MT_DEFAULTS, MT_PROVIDERS, MT_SOURCE_SCRIPTS, type MtSettings } from "./mt-types";

/** Settings as stored (JSON in the Setting row "mt") or given by environment variables; anything may be missing. */
export type PartialMtSettings = { [K in keyof MtSettings]?: string | number };

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/**
 * Effective settings from a partial set, or null when no provider is chosen. An OpenAI-compatible
 * provider needs a base URL or a model to be usable, so without both it is not configured.
 */
export function completeSettings(partial: PartialMtSettings): MtSettings | null {
  const provider = String(partial.provider ?? "").trim().toLowerCase();
  if (!isOneOf(MT_PROVIDERS, provider)) return null;
  const temperature = Number(partial.temperature ?? MT_DEFAULTS.temperature);
  const maxConcurrent = Math.round(Number(partial.maxConcurrent ?? MT_DEFAULTS.maxConcurrent));
  const sourceScript = String(partial.sourceScript ?? MT_DEFAULTS.sourceScript);
  const settings: MtSettings = {
    provider,
    baseUrl: String(partial.baseUrl ?? "").trim(),
    apiKey: String(partial.apiKey ?? "").trim(),
    model: String(partial.model ?? "").trim(),
    temperature: Number.isFinite(temperature) ? clamp(temperature, 0, 2) : MT_DEFAULTS.temperature,
    maxConcurrent: Number.isFinite(maxConcurrent) ? clamp(maxConcurrent, 1, MAX_CONCURRENT_LIMIT) : MT_DEFAULTS.maxConcurrent,
    sourceScript: isOneOf(MT_SOURCE_SCRIPTS, sourceScript) ? sourceScript : MT_DEFAULTS.sourceScript,
  };
  if (provider === "openai" && (!settings.baseUrl || !settings.model)) return null;
  if (provider === "libretranslate" && !settings.baseUrl) return null;
  if (provider === "deepl" && !settings.apiKey) return null;
  return settings;
}

/** The environment variables DUIZHAO_MT_* as partial settings (the caller passes process.env). */
export function settingsFromEnv(env: Record<string, string | undefined>): PartialMtSettings {
  const entries: [keyof MtSettings, string | undefined][] = [
    ["provider", env.DUIZHAO_MT_PROVIDER],
    ["baseUrl", env.DUIZHAO_MT_BASE_URL],
    ["apiKey", env.DUIZHAO_MT_API_KEY],
    ["model", env.DUIZHAO_MT_MODEL],
    ["temperature", env.DUIZHAO_MT_TEMPERATURE],
    ["maxConcurrent", env.DUIZHAO_MT_MAX_CONCURRENT],
    ["sourceScript", env.DUIZHAO_MT_SOURCE_SCRIPT],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined && value.trim() !== ""));
}
