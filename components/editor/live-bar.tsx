"use client";
import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { initialsOf } from "@/lib/core/live/presence";
import type { LiveStore } from "./live-store";

/** Who else has the document open, and a reload offer when its paragraphs changed shape elsewhere. */
export function LiveBar({ live }: { live: LiveStore }) {
  const t = useTranslations("Live");
  const { people, isRestructured } = useSyncExternalStore(live.subscribe, live.getBar, live.getBar);
  if (people.length === 0 && !isRestructured) return null;
  return (
    <div className="live-bar">
      {people.length > 0 && (
        <section className="people-here" aria-label={t("here")}>
          <span className="people-here-label">{t("here")}</span>
          <ul>
            {people.map((person) => (
              <li key={person.id}>
                <span className="presence-badge" aria-hidden="true">
                  {initialsOf(person.name)}
                </span>
                {person.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      {isRestructured && (
        <p className="restructured" role="status">
          {t("restructured")}{" "}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t("reload")}
          </button>
        </p>
      )}
    </div>
  );
}
