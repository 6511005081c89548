import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ACTIVITY_KINDS, formatCursor, parseCursor, type ActivityKind } from "@/lib/core/activity/activity-cursor";
import { isOneOf } from "@/lib/core/model";
import { findActivity, findActivityAuthors, type ActivityItem } from "@/lib/server/activity";

export type ActivitySearch = { person?: string; kind?: string; from?: string; to?: string; after?: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PAGE = 50;

/** A date field of the filter (YYYY-MM-DD, UTC); undefined when empty, null when malformed. */
function dayOf(text: string | undefined, plusDays = 0): Date | undefined | null {
  if (!text) return undefined;
  if (!DAY.test(text) || Number.isNaN(Date.parse(text))) return null;
  return new Date(Date.parse(text) + plusDays * 86_400_000);
}

/** Who changed what and when, in one document or all: a GET form to filter by person, kind and dates, and pages of 50. */
export async function ActivityView({ documentId, projectIds, search, basePath }: { documentId?: number; projectIds?: readonly number[] | null; search: ActivitySearch; basePath: string }) {
  const t = await getTranslations("Activity");
  const tStatus = await getTranslations("Status");
  const format = await getFormatter();
  const kind = search.kind && isOneOf<ActivityKind>(ACTIVITY_KINDS, search.kind) ? search.kind : undefined;
  const from = dayOf(search.from);
  const to = dayOf(search.to, 1);
  const isDateBad = from === null || to === null;
  const [authors, page] = await Promise.all([
    findActivityAuthors({ documentId, projectIds }),
    isDateBad
      ? { items: [], next: null }
      : findActivity({ documentId, projectIds, author: search.person || undefined, kinds: kind ? [kind] : undefined, from: from ?? undefined, to: to ?? undefined, after: parseCursor(search.after), limit: PAGE }),
  ]);
  const who = (item: Pick<ActivityItem, "author" | "authorName">) => item.authorName || (item.author === "web" ? t("localAuthor") : t("otherAuthor", { author: item.author }));
  const query = (extra: Record<string, string>) => {
    const params = new URLSearchParams(Object.entries({ ...search, ...extra }).filter((entry): entry is [string, string] => !!entry[1]));
    return `${basePath}?${params}`;
  };
  return (
    <>
      <form className="activity-filters" method="get" action={basePath} aria-label={t("filters")}>
        <span>
          <label htmlFor="activity-person">{t("person")}</label>{" "}
          <select id="activity-person" name="person" defaultValue={search.person ?? ""}>
            <option value="">{t("everyone")}</option>
            {authors.map((author) => (
              <option key={author.author} value={author.author}>
                {who(author)}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor="activity-kind">{t("kind")}</label>{" "}
          <select id="activity-kind" name="kind" defaultValue={kind ?? ""}>
            <option value="">{t("allKinds")}</option>
            {ACTIVITY_KINDS.map((value) => (
              <option key={value} value={value}>
                {t("kinds", { kind: value })}
              </option>
            ))}
          </select>
        </span>
        <label>
          {t("from")} <input type="date" name="from" defaultValue={search.from ?? ""} />
        </label>
        <label>
          {t("to")} <input type="date" name="to" defaultValue={search.to ?? ""} />
        </label>
        <button type="submit" className="button">
          {t("apply")}
        </button>
      </form>
      {isDateBad && (
        <p className="error" role="alert">
          {t("invalidDate")}
        </p>
      )}
      {!isDateBad && page.items.length === 0 && <p className="hint">{t("empty")}</p>}
      <ol className="activity-list">
        {page.items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className={`activity-item activity-${item.kind}`}>
            <time dateTime={item.at.toISOString()}>{format.dateTime(item.at, { dateStyle: "medium", timeStyle: "short" })}</time>{" "}
            <strong>{who(item)}</strong>{" "}
            {item.kind === "batch" ? <span>{describe(item)}</span> : <Link href={`/documents/${item.documentId}?segment=${item.segmentId}`}>{describe(item)}</Link>}
            {documentId === undefined && (
              <>
                {" "}
                <Link href={`/documents/${item.documentId}`}>{t("inDocument", { title: item.documentTitle })}</Link>
              </>
            )}
            {item.kind === "revision" && item.target && (
              <p className="activity-text" lang="en">
                {item.target}
              </p>
            )}
            {item.kind === "comment" && <p className="activity-text">{item.body}</p>}
          </li>
        ))}
      </ol>
      <nav className="activity-pages">
        {search.after && <Link href={query({ after: "" })}>{t("newest")}</Link>}
        {page.next && <Link href={query({ after: formatCursor(page.next) })}>{t("older")}</Link>}
      </nav>
    </>
  );

  function describe(item: ActivityItem): string {
    if (item.kind === "revision") return t("revision", { kind: item.revisionKind, n: item.n, status: tStatus(item.status as "draft") });
    if (item.kind === "batch") return t("batch", { kind: item.batchKind, count: item.count, undone: item.isUndone ? "yes" : "no" });
    return t("comment", { n: item.n });
  }
}
