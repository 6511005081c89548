"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import type { PublicMtSettings } from "@/lib/core/mt/mt-contract";
import { MAX_CONCURRENT_LIMIT, type MtProvider, type MtSourceScript } from "@/lib/core/mt/mt-types";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { FormMessage } from "@/components/ui/form-message";

type SaveInput = {
  provider: MtProvider | "";
  baseUrl: string;
  apiKey: string;
  clearApiKey: boolean;
  model: string;
  temperature: number;
  maxConcurrent: number;
  sourceScript: MtSourceScript;
};

type Props = { settings: PublicMtSettings; save: (input: SaveInput) => Promise<ActionResult<PublicMtSettings>> };

const PLACEHOLDER: Record<MtProvider, string> = {
  openai: "https://api.openai.com/v1",
  deepl: "https://api-free.deepl.com",
  libretranslate: "http://localhost:5000",
};

/** The MT provider form: the key field is write-only (empty keeps the stored key). */
export function MtSettingsForm({ settings, save }: Props) {
  const t = useTranslations("MtSettings");
  const { run, message, isPending } = useActionRunner();
  const [provider, setProvider] = useState<MtProvider | "">(settings.from === "stored" ? (settings.provider ?? "") : "");
  const shown = settings.from === "stored";

  return (
    <>
      <section className={`card mt-status${settings.configured ? " is-on" : ""}`} aria-labelledby="mt-status-heading">
        <h2 id="mt-status-heading">{t("statusHeading")}</h2>
        {settings.configured ? (
          <p role="status">{t("statusOn", { provider: t(`providers.${settings.provider!}`), model: settings.model || t("defaultModel"), from: settings.from })}</p>
        ) : settings.provider ? (
          <p role="status">{t(`incomplete.${settings.provider}`)}</p>
        ) : (
          <>
            <p role="status">{t("statusOff")}</p>
            <p>{t("howTo")}</p>
            <pre className="mt-env-example">
              {"DUIZHAO_MT_PROVIDER=openai\nDUIZHAO_MT_BASE_URL=https://api.openai.com/v1\nDUIZHAO_MT_API_KEY=sk-…\nDUIZHAO_MT_MODEL=gpt-4o-mini"}
            </pre>
          </>
        )}
      </section>

      <form
        className="card mt-settings-form"
        aria-labelledby="mt-form-heading"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const field = (name: string) => String(form.get(name) ?? "");
          const element = event.currentTarget;
          run(
            () =>
              save({
                provider,
                baseUrl: field("baseUrl").trim(),
                apiKey: field("apiKey"),
                clearApiKey: form.get("clearApiKey") === "on",
                model: field("model").trim(),
                temperature: Number(field("temperature") || 0.2),
                maxConcurrent: Number(field("maxConcurrent") || 4),
                sourceScript: field("sourceScript") === "hans" ? "hans" : "original",
              }),
            () => {
              const key = element.elements.namedItem("apiKey");
              if (key instanceof HTMLInputElement) key.value = "";
              return t("saved");
            },
          );
        }}
      >
        <h2 id="mt-form-heading">{t("formHeading")}</h2>
        {settings.envProvider && <p className="hint">{t("envNote")}</p>}
        <label className="field">
          <span>{t("provider")}</span>
          <select name="provider" aria-label={t("provider")} value={provider} onChange={(event) => setProvider(event.target.value as MtProvider | "")}>
            <option value="">{t("providers.none")}</option>
            <option value="openai">{t("providers.openai")}</option>
            <option value="deepl">{t("providers.deepl")}</option>
            <option value="libretranslate">{t("providers.libretranslate")}</option>
          </select>
        </label>
        {provider !== "" && (
          <>
            <p className="hint">{t(`help.${provider}`)}</p>
            <label className="field">
              <span>{t("baseUrl")}</span>
              <input
                type="url"
                name="baseUrl"
                defaultValue={shown ? settings.baseUrl : ""}
                placeholder={PLACEHOLDER[provider]}
                required={provider !== "deepl"}
                maxLength={500}
              />
            </label>
            <label className="field">
              <span>{t("apiKey")}</span>
              <input
                type="password"
                name="apiKey"
                autoComplete="off"
                maxLength={500}
                required={provider === "deepl" && !(shown && settings.hasApiKey)}
                placeholder={shown && settings.hasApiKey ? t("apiKeySet") : t("apiKeyNone")}
              />
            </label>
            {shown && settings.hasApiKey && (
              <label className="mt-checkbox">
                <input type="checkbox" name="clearApiKey" /> {t("clearApiKey")}
              </label>
            )}
            <label className="field">
              <span>{t("model")}</span>
              <input type="text" name="model" defaultValue={shown ? settings.model : ""} maxLength={200} required={provider === "openai"} placeholder={provider === "openai" ? "gpt-4o-mini" : ""} />
            </label>
            <div className="mt-row">
              {provider === "openai" && (
                <label className="field">
                  <span>{t("temperature")}</span>
                  <input type="number" name="temperature" min={0} max={2} step={0.1} defaultValue={settings.temperature} />
                </label>
              )}
              <label className="field">
                <span>{t("maxConcurrent")}</span>
                <input type="number" name="maxConcurrent" min={1} max={MAX_CONCURRENT_LIMIT} step={1} defaultValue={settings.maxConcurrent} />
              </label>
              <label className="field">
                <span>{t("sourceScript")}</span>
                <select name="sourceScript" aria-label={t("sourceScript")} defaultValue={settings.sourceScript}>
                  <option value="original">{t("scripts.original")}</option>
                  <option value="hans">{t("scripts.hans")}</option>
                </select>
              </label>
            </div>
          </>
        )}
        <p className="hint">{t("privacy")}</p>
        <button type="submit" className="button primary" disabled={isPending}>
          {isPending ? t("saving") : t("save")}
        </button>
      </form>
      <FormMessage message={message} />
    </>
  );
}
