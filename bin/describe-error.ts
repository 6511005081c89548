import { isDomainError } from "@/lib/core/errors";
import { isDatabaseBusy } from "@/lib/server/database-busy";
import { CliError } from "./cli-error";
import { english } from "./english";

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS_");
}

/** The English message for an error the user can act on, or null for an unexpected one (a bug). */
export function describeError(error: unknown): string | null {
  if (error instanceof CliError || isParseArgsError(error)) return error.message;
  if (isDomainError(error)) return english(`Errors.${error.code}`, error.params);
  if (isDatabaseBusy(error)) return english("Errors.DATABASE_BUSY");
  return null;
}
