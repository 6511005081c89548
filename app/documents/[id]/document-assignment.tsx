import { getTranslations } from "next-intl/server";
import { AssignmentForm } from "@/components/together/assignment-form";
import { isDomainError } from "@/lib/core/errors";
import { getAssignment } from "@/lib/server/assignments";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { mentionableUsers } from "@/lib/server/comments";
import { setAssignmentAction } from "./assignment-actions";

/** The document's translator and reviewer (team mode): a form for those who may manage it, else a line. */
export async function DocumentAssignment({ documentId, user }: { documentId: number; user: CurrentUser }) {
  const t = await getTranslations("Assignment");
  const assignment = await getAssignment({ documentId });
  const mayManage = await authorizeDocument(user, documentId, "manage").then(
    () => true,
    (error: unknown) => {
      if (isDomainError(error) && error.code === "FORBIDDEN") return false;
      throw error;
    },
  );
  if (!mayManage) {
    return (
      <p className="document-assignment">
        {t("summary", { translator: assignment.translatorName || t("nobody"), reviewer: assignment.reviewerName || t("nobody") })}
      </p>
    );
  }
  return <AssignmentForm documentId={documentId} assignment={assignment} people={await mentionableUsers(documentId)} save={setAssignmentAction} />;
}
