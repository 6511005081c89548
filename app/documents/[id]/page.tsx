import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { DocumentEditor } from "@/components/editor/document-editor";
import { ExportMenu } from "@/components/export/export-menu";
import { importTranslationsAction } from "@/app/bilingual-actions";
import { isDomainError } from "@/lib/core/errors";
import type { DocumentWithSegments } from "@/lib/core/model";
import { isHttpUrl } from "@/lib/core/source-url";
import { findAnnotationMarks } from "@/lib/server/annotations";
import { findConversionOverrides } from "@/lib/server/conversion-review";
import { getDocument, getSegmentsAfter } from "@/lib/server/documents";
import { findTerms } from "@/lib/server/glossary";
import { findQaIgnores } from "@/lib/server/qa";
import { readPublicMtSettings } from "@/lib/server/mt/mt-settings";
import { joinSegmentsAction, keepRefusedTextAction, restoreRevisionAction, saveSegmentAction, splitSegmentAction } from "./actions";
import {
  addTermAction,
  createAnnotationAction,
  deleteAnnotationAction,
  updateAnnotationAction,
} from "./annotation-actions";
import { createConversionOverrideAction, deleteConversionOverrideAction } from "./conversion-actions";
import { setQaIgnoredAction } from "./qa-actions";
import { preTranslateAction } from "./memory-actions";
import { changeStatusAction, countRepetitionsAction, fillRepetitionsAction, lockParagraphsAction, undoBatchAction, unlockParagraphsAction } from "./batch-actions";
import { replaceInDocumentAction } from "./replace-actions";
import { reportPresenceAction } from "./live-actions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { requireUser } from "@/lib/server/auth/require-user";
import { authorizeDocument, documentRoleOf } from "@/lib/server/auth/authorize";
import { roleCan } from "@/lib/core/team/project-roles";
import { EditorPermissionsProvider } from "@/components/editor/editor-permissions";
import { TogetherLayer } from "@/components/together/together-layer";
import { authorOf } from "@/lib/server/authors";
import { DocumentAssignment } from "./document-assignment";
import { COMMENT_ACTIONS } from "./comment-actions-map";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ segment?: string }> };

/** Paragraphs sent with the page: more than a tall screen shows. The rest follow in the same response. */
const FIRST_SCREEN = 60;

// Metadata and page share one load per request.
const loadDocument = cache(async (idParam: string, take?: number): Promise<DocumentWithSegments> => {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getDocument({ id: await authorizeDocument(await requireUser(), id, "read"), take });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser();
  return { title: (await loadDocument((await params).id, FIRST_SCREEN)).title };
}

const ACTIONS = {
  save: saveSegmentAction,
  keepRefused: keepRefusedTextAction,
  restore: restoreRevisionAction,
  split: splitSegmentAction,
  join: joinSegmentsAction,
  createAnnotation: createAnnotationAction,
  updateAnnotation: updateAnnotationAction,
  deleteAnnotation: deleteAnnotationAction,
  addTerm: addTermAction,
  createConversionOverride: createConversionOverrideAction,
  deleteConversionOverride: deleteConversionOverrideAction,
  setQaIgnored: setQaIgnoredAction,
  preTranslate: preTranslateAction,
  undoBatch: undoBatchAction,
  replaceInDocument: replaceInDocumentAction,
  lockParagraphs: lockParagraphsAction,
  unlockParagraphs: unlockParagraphsAction,
  changeStatus: changeStatusAction,
  countRepetitions: countRepetitionsAction,
  fillRepetitions: fillRepetitionsAction,
  reportPresence: reportPresenceAction,
};

export default async function DocumentPage({ params, searchParams }: Props) {
  const user = await requirePageUser();
  // A link to one paragraph (?segment=ID) loads them all, so that it can be shown at once.
  const isLinked = (await searchParams).segment !== undefined;
  const { segments, ...document } = await loadDocument((await params).id, isLinked ? undefined : FIRST_SCREEN);
  const last = segments.at(-1);
  const rest = !isLinked && last && segments.length === FIRST_SCREEN ? getSegmentsAfter({ documentId: document.id, position: last.position }) : undefined;
  const role = await documentRoleOf(user, document.id);
  const permissions = { canEdit: role !== null && roleCan(role, "edit"), canReview: role !== null && roleCan(role, "review") };
  const [annotations, terms, overrides, qaIgnores, mt, t] = await Promise.all([
    findAnnotationMarks({ documentId: document.id }),
    findTerms({ documentId: document.id }),
    findConversionOverrides({ documentId: document.id }),
    findQaIgnores({ documentId: document.id }),
    readPublicMtSettings(),
    getTranslations("Document"),
  ]);
  const tGlossary = await getTranslations("Glossary");
  const tMemory = await getTranslations("Memory");
  const tAnalysis = await getTranslations("Analysis");
  const tTogether = await getTranslations("Comments");
  const tActivity = await getTranslations("Activity");
  return (
    <div className="document-page">
      <nav className="breadcrumb">
        <Link href="/">← {t("back")}</Link>
        <Link href={`/documents/${document.id}/cleanup`}>{t("cleanupLink")}</Link>
        <Link href={`/glossary?from=${document.id}`}>{tGlossary("title")}</Link>
        <Link href="/memory">{tMemory("navLink")}</Link>
        <Link href={`/documents/${document.id}/analysis`}>{tAnalysis("navLink")}</Link>
        <Link href={`/documents/${document.id}/comments`}>{tTogether("openThreads")}</Link>
        <Link href={`/documents/${document.id}/activity`}>{tActivity("navLink")}</Link>
      </nav>
      {!permissions.canEdit && <p className="notice read-only-notice">{t("readOnlyNotice")}</p>}
      {!user.isLocal && <DocumentAssignment documentId={document.id} user={user} />}
      <EditorPermissionsProvider value={permissions}>
      <TogetherLayer documentId={document.id} me={authorOf(user)} actions={COMMENT_ACTIONS}>
        <DocumentEditor
          document={document}
          segments={segments}
          rest={rest}
          annotations={annotations}
          terms={terms}
          overrides={overrides}
          qaIgnores={qaIgnores}
          isMtConfigured={mt.configured}
          actions={ACTIONS}
          exportMenu={<ExportMenu documentId={document.id} importTranslations={permissions.canEdit ? importTranslationsAction.bind(null, document.id) : undefined} />}
          details={
            (document.sourceUrl || document.note) && (
              <span className="document-origin">
                {document.sourceUrl &&
                  (isHttpUrl(document.sourceUrl) ? (
                    <a href={document.sourceUrl} rel="noreferrer noopener" target="_blank">
                      {document.sourceUrl}
                    </a>
                  ) : (
                    // Stored before the import checked URLs: shown, never linked.
                    <span>{document.sourceUrl}</span>
                  ))}
                {document.note && <span>{document.note}</span>}
              </span>
            )
          }
        />
      </TogetherLayer>
      </EditorPermissionsProvider>
    </div>
  );
}
