import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CommentText } from "@/components/together/comment-text";
import { ProgressMeter } from "@/components/ui/progress-meter";
import { findAssignedDocuments } from "@/lib/server/assignments";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { findPeople } from "@/lib/server/authors";
import { findThreadsMentioning } from "@/lib/server/comments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("MyWork"))("title") };
}

/** GET /my-work: the documents assigned to me, what waits for me in each, and the open comments that mention me. */
export default async function MyWorkPage() {
  const user = await requirePageUser();
  const t = await getTranslations("MyWork");
  const tComments = await getTranslations("Comments");
  // One vocabulary for roles wherever they are shown (the projects page's).
  const tRoles = await getTranslations("Projects.roles");
  if (user.isLocal) {
    return (
      <div className="my-work-page">
        <h1>{t("title")}</h1>
        <p className="hint">{t("localNote")}</p>
      </div>
    );
  }
  const [documents, threads, people] = await Promise.all([findAssignedDocuments({ userId: user.id }), findThreadsMentioning({ userId: user.id }), findPeople()]);
  return (
    <div className="my-work-page">
      <h1>{t("title")}</h1>
      <section aria-labelledby="my-documents">
        <h2 id="my-documents">{t("documents")}</h2>
        {documents.length === 0 ? (
          <p className="hint">{t("noDocuments")}</p>
        ) : (
          <table className="my-work-table">
            <thead>
              <tr>
                <th scope="col">{t("document")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("progress")}</th>
                <th scope="col">{t("waiting")}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((document) => (
                <tr key={document.id}>
                  <td>
                    <Link href={`/documents/${document.id}`}>{document.title}</Link>
                  </td>
                  <td>{document.roles.map((role) => tRoles(role)).join(", ")}</td>
                  <td>
                    <ProgressMeter percent={document.progress.percent} label={t("progressLabel", { title: document.title, translated: document.progress.translated, total: document.progress.total })} text={`${document.progress.percent}%`} />
                  </td>
                  <td>
                    {document.roles.includes("translator") && <div>{t("toTranslate", { count: document.toTranslate })}</div>}
                    {document.roles.includes("reviewer") && <div>{t("toReview", { count: document.toReview })}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="my-mentions">
        <h2 id="my-mentions">{t("mentions")}</h2>
        {threads.length === 0 && <p className="hint">{t("noMentions")}</p>}
        <ol className="open-threads">
          {threads.map((thread) => (
            <li key={thread.id} className="comment-thread">
              <h3 className="comment-thread-heading">
                <Link href={`/documents/${thread.documentId}?segment=${thread.segmentId}`}>
                  {thread.documentTitle} · {tComments("goTo", { n: thread.n })}
                </Link>
              </h3>
              <ol className="comment-list">
                {thread.comments.map((comment) => (
                  <li key={comment.id} className="comment">
                    <div className="comment-meta">
                      <strong>{comment.authorName || tComments("someone")}</strong>
                    </div>
                    <CommentText body={comment.body} people={people} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
