"use client";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { AnnotationsPanel } from "./annotations-panel";
import { useEditorPermissions } from "./editor-permissions";
import { ConversionOverridesPanel } from "./conversion-overrides-panel";
import { QaPanel } from "./qa-panel";
import type { Annotations } from "./use-annotations";
import type { ConversionChoices } from "./use-conversion-choices";
import type { ConversionReview } from "./use-conversion-review";
import type { EditorOpenersState } from "./use-editor-openers";
import type { Qa } from "./use-qa";

type Props = {
  openers: EditorOpenersState;
  annotations: Annotations;
  qa: Qa;
  review: ConversionReview;
  choices: ConversionChoices;
  numberOf: (id: number) => number;
  onJump: (id: number) => void;
  onPreTranslate: () => void;
  onDraftMt: () => void;
  onReplace: () => void;
  isApple: boolean;
  /** The batch buttons (status change, locking), beside pre-translation. */
  batchTools?: ReactNode;
};

/** The panel buttons and the open panel (annotations, QA, conversion choices), and the tools that write (pre-translation, replace, MT draft, batches: not for a reader). */
export function EditorPanels({ openers, annotations, qa, review, choices, numberOf, onJump, onPreTranslate, onDraftMt, onReplace, isApple, batchTools }: Props) {
  const tAnnotations = useTranslations("Annotations");
  const tQa = useTranslations("Qa");
  const tReview = useTranslations("ConversionReview");
  const tMemory = useTranslations("Memory");
  const tMt = useTranslations("Mt");
  const tReplace = useTranslations("Replace");
  const { panel, togglePanel } = openers;
  const { canEdit } = useEditorPermissions();
  return (
    <>
      <div className="editor-panels" role="group" aria-label={tAnnotations("panelsLabel")}>
        <button type="button" className="button" aria-pressed={panel === "annotations"} onClick={() => togglePanel("annotations")}>
          {tAnnotations("panelButton", { count: annotations.annotations.length })}
        </button>
        <button type="button" className="button" aria-pressed={panel === "qa"} onClick={() => togglePanel("qa")}>
          {tQa("panelButton", { count: qa.count })}
        </button>
        <button type="button" className="button" aria-pressed={panel === "conversion"} onClick={() => togglePanel("conversion")}>
          {tReview("panelButton", { count: review.overrides.length })}
        </button>
        {canEdit && (
          <>
            <button type="button" className="button" onClick={onReplace} aria-keyshortcuts={isApple ? "Meta+Shift+H" : "Control+H"}>
              {tReplace("open")}
            </button>
            <button type="button" className="button" onClick={onPreTranslate}>
              {tMemory("preTranslate")}
            </button>
            <button type="button" className="button" onClick={onDraftMt}>
              {tMt("draftButton")}
            </button>
            {batchTools}
            <span className="hint">{tAnnotations("selectHint")}</span>
          </>
        )}
      </div>
      {panel === "annotations" && (
        <AnnotationsPanel
          annotations={annotations.annotations}
          numberOf={numberOf}
          onJump={onJump}
          onEdit={annotations.edit}
          onDelete={(annotation) => void annotations.remove(annotation)}
        />
      )}
      {panel === "qa" && (
        <QaPanel
          paragraphs={qa.paragraphs}
          focusId={openers.qaFocus}
          isRunning={qa.isRunning}
          staleness={qa.staleness}
          onRun={qa.run}
          onJump={onJump}
          onIgnore={(id, key, isIgnored) => void qa.ignore(id, key, isIgnored)}
        />
      )}
      {panel === "conversion" && (
        <ConversionOverridesPanel overrides={review.overrides} numberOf={numberOf} onJump={onJump} onRemove={(id) => void choices.remove(id)} />
      )}
    </>
  );
}
