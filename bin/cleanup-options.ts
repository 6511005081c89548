import { DEFAULT_CLEANUP_CHOICES, type CleanupChoices } from "@/lib/core/clean/clean-text";
import { CLEANUP_RULES } from "@/lib/core/clean/types";

/** parseArgs options `--no-html`, `--no-jammer`, … one per cleanup rule. */
export const RULE_OPTIONS = Object.fromEntries(CLEANUP_RULES.map((rule) => [`no-${rule}`, { type: "boolean" as const }]));

/** The help lines for the rule options. */
export const RULE_HELP = CLEANUP_RULES.map((rule) => `  --no-${rule.padEnd(12)} Skip the ${rule} rule`).join("\n");

/** Cleanup choices from `--no-RULE` flags. */
export function choicesFromFlags(values: Record<string, unknown>): CleanupChoices {
  return { ...DEFAULT_CLEANUP_CHOICES, disabledRules: CLEANUP_RULES.filter((rule) => values[`no-${rule}`] === true) };
}
