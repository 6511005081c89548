import { createTranslator } from "use-intl/core";
import messages from "@/messages/en.json";

// next-intl's own entry point imports React hooks, which the react-server condition leaves out;
// use-intl/core is where next-intl's createTranslator comes from.
const t = createTranslator({ locale: "en", messages });

/** The English UI message at `key` (e.g. "Errors.NOT_FOUND", "QaFindings.numbers.missing") with its ICU params. */
export function english(key: string, params?: Record<string, string | number | Date>): string {
  return t(key as never, params as never);
}
