import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { isDomainError } from "@/lib/core/errors";
import { CommentText } from "@/components/together/comment-text";
import { authorizeDocument } from "@/lib/server/auth/authorize";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { findOpenThreads, mentionableUsers } from "@/lib/server/comments";
import { findDocumentTitle } from "@/lib/server/documents";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findDocumentTitle({ id: Number((await params).id) || 0 });
  return { title: (await getTranslations("Comments"))("openThreadsTitle", { title: found?.title ?? "" }) };
}

/** GET /documents/ID/comments: the document's open comment threads in paragraph order, each with a link to its paragraph. */
export default async function OpenCommentsPage({ params }: Props) {
  const user = await requirePageUser();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  await authorizeDocument(user, id, "read").catch((error: unknown) => (isDomainError(error) ? notFound() : Promise.reject(error)));
  const found = await findDocumentTitle({ id });
  if (!found) notFound();
  const [threads, people, t, format] = await Promise.all([findOpenThreads({ documentId: id }), mentionableUsers(id), getTranslations("Comments"), getFormatter()]);
  const tActivity = await getTranslations("Activity");
  return (
    <div className="open-comments-page">
      <nav className="breadcrumb">
        <Link href={`/documents/${id}`}>← {found.title}</Link>
      </nav>
      <h1>{t("openThreadsTitle", { title: found.title })}</h1>
      {threads.length === 0 && <p className="hint">{t("openThreadsEmpty")}</p>}
      <ol className="open-threads">
        {threads.map((thread) => (
          <li key={thread.id} className="comment-thread">
            <h2 className="comment-thread-heading">
              <Link href={`/documents/${id}?segment=${thread.segmentId}`}>{t("goTo", { n: thread.n })}</Link>
              {thread.annotationQuote && <span className="comment-on">{t("onAnnotation", { quote: thread.annotationQuote })}</span>}
            </h2>
            <ol className="comment-list">
              {thread.comments.map((comment) => (
                <li key={comment.id} className="comment">
                  <div className="comment-meta">
                    <strong>{comment.authorName || (comment.author === "web" ? tActivity("localAuthor") : t("someone"))}</strong> ·{" "}
                    <time dateTime={comment.createdAt.toISOString()}>{format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </div>
                  <CommentText body={comment.body} people={people} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
