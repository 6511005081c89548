"use client";
import { AnnotateDialog } from "./annotate-dialog";
import { ConversionReviewDialog } from "./conversion-review-dialog";
import { editorReads } from "./editor-reads";
import { HistoryDialog } from "./history-dialog";
import { MtDraftDialog } from "./mt-draft-dialog";
import { PreTranslateDialog } from "./pre-translate-dialog";
import type { MtDraft } from "./use-mt-draft";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { SplitDialog } from "./split-dialog";
import type { Annotations } from "./use-annotations";
import type { ConversionChoices } from "./use-conversion-choices";
import type { EditorOpenersState } from "./use-editor-openers";
import type { PreTranslate } from "./use-pre-translate";
import type { StructureActions } from "./use-structure-actions";
import { WordLookup } from "./word-lookup";

type Props = {
  openers: EditorOpenersState;
  annotations: Annotations;
  choices: ConversionChoices;
  preTranslate: PreTranslate;
  structure: StructureActions;
  isApple: boolean;
  mtDraft: MtDraft;
  /** The paragraphs a batch draft is for (those the filter shows), or all. */
  draftIds?: readonly number[];
  numberOf: (id: number) => number;
};

/** Every dialog of the editor, each shown when its request is set. */
export function EditorDialogs({ openers, annotations, choices, preTranslate, structure, isApple, mtDraft, draftIds, numberOf }: Props) {
  return (
    <>
      <PreTranslateDialog preTranslate={preTranslate} />
      <MtDraftDialog draft={mtDraft} numberOf={numberOf} segmentIds={draftIds} />
      <AnnotateDialog request={annotations.request} describe={editorReads.describeText} onSave={annotations.save} onClose={annotations.close} />
      <WordLookup state={openers.lookup} onClose={openers.closeLookup} />
      <ConversionReviewDialog
        request={choices.request}
        describe={editorReads.describeConversionOptions}
        onApply={choices.apply}
        onRemove={choices.remove}
        onClose={choices.close}
      />
      <ShortcutsDialog open={openers.isHelpOpen} isApple={isApple} onClose={openers.closeHelp} />
      <HistoryDialog
        segment={openers.historyOf}
        findRevisions={editorReads.findRevisions}
        onRestore={(id, revisionId) => {
          openers.closeHistory();
          void structure.restore(id, revisionId);
        }}
        onClose={openers.closeHistory}
      />
      <SplitDialog
        request={openers.splitRequest}
        onSplit={(id, at, targetAt) => void structure.split(id, at, targetAt).then((isDone) => isDone && openers.closeSplit())}
        onClose={openers.closeSplit}
      />
    </>
  );
}
