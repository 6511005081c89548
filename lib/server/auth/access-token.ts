import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A fresh one-time token for a link (256 random bits) and the hash stored in its place. */
export function newAccessToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashAccessToken(token) };
}

export function hashAccessToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
