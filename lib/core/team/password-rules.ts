// NIST SP 800-63B: length is what makes a password strong; no composition rules, a generous maximum.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_CONTAINS_EMAIL";

/** Why a password is refused, or null when it is acceptable. Lengths count characters, not bytes. */
export function passwordProblem(password: string, email = ""): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return "PASSWORD_TOO_SHORT";
  if (length > MAX_PASSWORD_LENGTH) return "PASSWORD_TOO_LONG";
  const name = email.split("@")[0]?.toLowerCase() ?? "";
  if (name.length >= 4 && password.toLowerCase().includes(name)) return "PASSWORD_CONTAINS_EMAIL";
  return null;
}
