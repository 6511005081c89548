"use client";
import { useContext, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { initialsOf } from "@/lib/core/live/presence";
import { LiveContext } from "./live-context";
import type { LiveStore, RowLive as RowLiveState } from "./live-store";

const NOBODY: RowLiveState = { people: [], changedBy: null };
const NO_STORE = { subscribe: () => () => undefined, row: () => NOBODY } as unknown as LiveStore;

/** In a row: who else has the cursor in this paragraph (initials), and who changed it elsewhere. */
export function RowLive({ id }: { id: number }) {
  const t = useTranslations("Live");
  const live = useContext(LiveContext) ?? NO_STORE;
  const { people, changedBy } = useSyncExternalStore(live.subscribe, () => live.row(id), () => NOBODY);
  if (people.length === 0 && changedBy === null) return null;
  const names = people.map((person) => person.name).join(", ");
  return (
    <span className="row-live">
      {people.length > 0 && (
        <span className="presence-badges" role="img" aria-label={t("onParagraph", { names })} title={t("onParagraph", { names })}>
          {people.map((person) => (
            <span key={person.id} className="presence-badge" aria-hidden="true">
              {initialsOf(person.name)}
            </span>
          ))}
        </span>
      )}
      {changedBy !== null && <span className="changed-by">{changedBy === "" ? t("changedElsewhere") : t("changedBy", { name: changedBy })}</span>}
    </span>
  );
}
