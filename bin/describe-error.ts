import { createTranslator } from "use-intl/core";
import { isDomainError } from "@/lib/core/errors";
import messages from "@/messages/en.json";
import { CliError } from "./cli-error";

// next-intl's own entry point imports React hooks, which the react-server condition leaves out;
// use-intl/core is where next-intl's createTranslator comes from.
const t = createTranslator({ locale: "en", messages, namespace: "Errors" });

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS_");
}

/** The English message for an error the user can act on, or null for an unexpected one (a bug). */
export function describeError(error: unknown): string | null {
  if (error instanceof CliError || isParseArgsError(error)) return error.message;
  if (isDomainError(error)) return t(error.code, error.params);
  return null;
}
