import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/core/action-result";
import type { DocumentSummary } from "@/lib/core/model";
import { ProgressMeter } from "@/components/ui/progress-meter";
import { DeleteDocumentButton } from "./delete-document-button";
import { MoveDocumentForm } from "@/components/projects/move-document-form";

type Props = {
  documents: DocumentSummary[];
  now: Date;
  onDelete: (id: number) => Promise<ActionResult<null>>;
  /** The id of the form whose "id" checkboxes select documents to export together. */
  selectForm?: string;
  /** With more than one project: each project's name, the ones the user manages (a document moves between those), and the move. */
  projects?: {
    names: Record<number, string>;
    managed: { id: number; name: string }[];
    onMove: (input: { documentId: number; projectId: number }) => Promise<ActionResult<null>>;
  };
  /** Team mode: each document's translator and reviewer names ("" for nobody), by document id. */
  assignees?: Record<number, { translator: string; reviewer: string }>;
};

export function DocumentTable({ documents, now, onDelete, selectForm, projects, assignees }: Props) {
  const t = useTranslations("Documents");
  const tExport = useTranslations("Export");
  const tAnalysis = useTranslations("Analysis");
  const tProjects = useTranslations("Projects");
  const tAssignment = useTranslations("Assignment");
  const format = useFormatter();
  if (documents.length === 0) return <p className="empty-state">{t("empty")}</p>;
  return (
    <div className="document-table-scroll">
      <table className={projects ? "document-table with-projects" : "document-table"}>
        <caption className="visually-hidden">{t("listCaption")}</caption>
        <thead>
          <tr>
            {selectForm && (
              <th scope="col" className="select">
                <span className="visually-hidden">{t("columns.select")}</span>
              </th>
            )}
            <th scope="col">{t("columns.title")}</th>
            {projects && <th scope="col">{tProjects("column")}</th>}
            <th scope="col" className="numeric paragraphs">
              {t("columns.paragraphs")}
            </th>
            <th scope="col">{t("columns.translated")}</th>
            <th scope="col" className="updated">
              {t("columns.updated")}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              {selectForm && (
                <td className="select">
                  <input type="checkbox" name="id" value={document.id} form={selectForm} aria-label={tExport("selectDocument", { title: document.title })} />
                </td>
              )}
              <th scope="row" className="document-title" id={`document-title-${document.id}`}>
                <Link href={`/documents/${document.id}`}>{document.title}</Link>
                {assignees?.[document.id] && (
                  <span className="document-assignees">
                    {tAssignment("summary", { translator: assignees[document.id].translator || tAssignment("nobody"), reviewer: assignees[document.id].reviewer || tAssignment("nobody") })}
                  </span>
                )}
              </th>
              {projects && (
                <td className="document-project">
                  {projects.managed.length > 1 && projects.managed.some(({ id }) => id === document.projectId) ? (
                    <MoveDocumentForm documentId={document.id} title={document.title} projectId={document.projectId} projects={projects.managed} onMove={projects.onMove} />
                  ) : (
                    projects.names[document.projectId]
                  )}
                </td>
              )}
              <td className="numeric paragraphs">{format.number(document.progress.total)}</td>
              <td>
                <ProgressMeter
                  percent={document.progress.percent}
                  label={t("translatedOf", { translated: document.progress.translated, total: document.progress.total })}
                  text={t("percent", { percent: document.progress.percent })}
                />
              </td>
              <td className="updated">
                <time dateTime={document.updatedAt.toISOString()} title={format.dateTime(document.updatedAt, { dateStyle: "medium", timeStyle: "short" })}>
                  {format.relativeTime(document.updatedAt, now)}
                </time>
              </td>
              <td className="actions">
                <Link href={`/documents/${document.id}/analysis`} className="button subtle" aria-describedby={`document-title-${document.id}`}>
                  {tAnalysis("navLink")}
                </Link>
                <DeleteDocumentButton
                  id={document.id}
                  title={document.title}
                  paragraphs={document.progress.total}
                  onDelete={onDelete}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
