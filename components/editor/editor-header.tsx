"use client";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { DocumentMeta } from "@/lib/core/model";
import { ProgressMeter } from "@/components/ui/progress-meter";
import type { Summary } from "./editor-store";
import { ToolsMenu } from "./tools-menu";

type Props = {
  document: DocumentMeta;
  summary: Summary;
  /** A phone: the toolbar, the details and the panels fold into the Tools menu. */
  isNarrow: boolean;
  isToolsOpen: boolean;
  onToolsOpenChange: (isOpen: boolean) => void;
  toolbar: ReactNode;
  details: ReactNode;
  panels: ReactNode;
  /** Jumps to the first paragraph whose save failed or conflicts. */
  onShowTrouble: () => void;
};

/** The title with progress and save state; the toolbar beside it, or in the Tools menu on a phone. */
export function EditorHeader({ document: doc, summary, isNarrow, isToolsOpen, onToolsOpenChange, toolbar, details, panels, onShowTrouble }: Props) {
  const t = useTranslations("Document");
  const tEditor = useTranslations("Editor");
  const tSave = useTranslations("Editor.saveState");
  const isTroubled = summary.saveState === "conflict" || summary.saveState === "failed";
  return (
    <header className="editor-header">
      <div className="editor-title-row">
        <h1 lang={doc.sourceLang}>{doc.title}</h1>
        {isNarrow && (
          <ToolsMenu isOpen={isToolsOpen} onOpenChange={onToolsOpenChange}>
            {details}
            {toolbar}
            {panels}
          </ToolsMenu>
        )}
        <ProgressMeter percent={summary.progress.percent} label={t("progressLabel")} text={t("progress", summary.progress)} />
        <span role="status" className={`save-state save-${summary.saveState}`}>
          {tSave(summary.saveState)}
        </span>
        {isTroubled && (
          <button type="button" className="link-button" onClick={onShowTrouble}>
            {tEditor("showTrouble")}
          </button>
        )}
      </div>
      {!isNarrow && toolbar}
    </header>
  );
}
