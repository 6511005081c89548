import "server-only";
import { isDomainError } from "@/lib/core/errors";
import type { CurrentUser } from "./auth/current-user";
import { authorizeSegment } from "./auth/authorize";

/** Whether the user may mark the paragraph reviewed (false when refused; NOT_FOUND still throws). */
export async function mayReview(user: CurrentUser, segmentId: number): Promise<boolean> {
  try {
    await authorizeSegment(user, segmentId, "review");
    return true;
  } catch (error) {
    if (isDomainError(error) && error.code === "FORBIDDEN") return false;
    throw error;
  }
}
