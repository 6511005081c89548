"use client";
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import type { EditorStore } from "./editor-store";
import type { MarksStore } from "./marks-store";
import type { QaResults } from "./qa-results";
import { SegmentList, type SegmentListHandle } from "./segment-list";
import type { RowCommands } from "./row-command-types";
import { SegmentRow } from "./segment-row";
import type { SourceView } from "./use-source-view";

type Props = {
  store: EditorStore;
  marks: MarksStore;
  qa: QaResults;
  commands: RowCommands;
  /** The rows shown, in order, and the document's last paragraph (which has nothing to join). */
  visible: readonly number[];
  lastId: number | undefined;
  sourceLang: string;
  view: SourceView;
  /** False until the page runs in the browser: the list measures the window. */
  isMounted: boolean;
  list: RefObject<SegmentListHandle | null>;
  /** A mark was clicked or Enter was pressed on it: returns whether it opened something. */
  openFinding: (element: HTMLElement) => boolean;
  openAnnotation: (element: HTMLElement) => boolean;
};

/** The paragraphs, source beside translation, drawn as the window scrolls; one listener opens any mark. */
export function SegmentGrid({ store, marks, qa, commands, visible, lastId, sourceLang, view, isMounted, list, openFinding, openAnnotation }: Props) {
  const t = useTranslations("Document");
  return (
    <div
      className="segment-grid"
      onClick={(event) => {
        if (window.getSelection()?.isCollapsed !== false && openFinding(event.target as HTMLElement)) event.preventDefault();
      }}
      onKeyDown={(event) => {
        if (event.key !== "Enter") return;
        const target = event.target as HTMLElement;
        if ((target.matches("[data-conversion]") && openFinding(target)) || (target.matches("[data-annotation-id]") && openAnnotation(target))) {
          event.preventDefault();
          event.stopPropagation();
        }
      }}
    >
      <div className="segment-grid-head" aria-hidden="true">
        <span />
        <span>{t("sourceHeading")}</span>
        <span>{t("targetHeading")}</span>
      </div>
      {isMounted && (
        <SegmentList
          ids={visible}
          handle={list}
          renderRow={(id) => (
            <SegmentRow
              store={store}
              id={id}
              n={store.numberOf(id)}
              isLast={id === lastId}
              sourceLang={sourceLang}
              view={view}
              marks={marks}
              commands={commands}
              qa={qa}
            />
          )}
        />
      )}
    </div>
  );
}
