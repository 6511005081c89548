import { DomainError } from "../errors";

// Tests only: the code of the DomainError a call refuses with; any other error is rethrown.

/** The DomainError code `fn` throws, or undefined when it does not throw. */
export function refusal(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

/** The DomainError code `promise` rejects with, or undefined when it resolves. */
export async function asyncRefusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}
