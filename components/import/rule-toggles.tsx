"use client";
import { useTranslations } from "next-intl";
import type { CleanupChoices } from "@/lib/core/clean/clean-text";
import { CLEANUP_RULES, type CleanupRule } from "@/lib/core/clean/types";

type Props = {
  choices: CleanupChoices;
  counts: Record<CleanupRule, number>;
  onChange: (choices: CleanupChoices) => void;
};

/** One switch per cleanup rule, with how many changes it makes. */
export function RuleToggles({ choices, counts, onChange }: Props) {
  const t = useTranslations("Import");
  return (
    <fieldset className="rule-toggles">
      <legend>{t("rulesHeading")}</legend>
      {CLEANUP_RULES.map((rule) => {
        const isOn = !choices.disabledRules.includes(rule);
        return (
          <label key={rule} className={`rule-toggle rule-${rule}`}>
            <input
              type="checkbox"
              checked={isOn}
              onChange={() =>
                onChange({
                  ...choices,
                  disabledRules: isOn ? [...choices.disabledRules, rule] : choices.disabledRules.filter((r) => r !== rule),
                })
              }
            />
            <span className="rule-swatch" aria-hidden="true" />
            {t("ruleCount", { rule: t(`rule.${rule}`), count: counts[rule] })}
          </label>
        );
      })}
    </fieldset>
  );
}
