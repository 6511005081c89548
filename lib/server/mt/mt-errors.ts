import "server-only";
import { DomainError } from "@/lib/core/errors";
import type { MtFailure } from "@/lib/core/mt/mt-contract";
import { MtProviderError } from "@/lib/core/mt/mt-types";

/** A provider's failure as the domain error the UI and CLI explain. */
export function toMtDomainError(error: unknown): unknown {
  if (error instanceof MtProviderError) return new DomainError("MT_PROVIDER_FAILED", { message: error.message });
  return error;
}

/** A failure as the code and params a stream event carries; anything unexpected is logged (never with the key). */
export function toMtFailure(error: unknown, where: string): MtFailure {
  const mapped = toMtDomainError(error);
  if (mapped instanceof DomainError) return { code: mapped.code, params: mapped.params };
  console.error(`[${where}] unexpected error`, error);
  return { code: "UNEXPECTED" };
}
