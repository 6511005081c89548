"use client";
import { useCallback, useState, useSyncExternalStore } from "react";
import type { AnnotationInput, AnnotationMark } from "@/lib/core/model";
import type { AnnotateRequest } from "./annotate-dialog";
import type { EditorActions } from "./editor-actions";
import type { EditorStore } from "./editor-store";
import type { MarksStore } from "./marks-store";
import type { Notice } from "./use-notice";
import { useEditorPermissions } from "./editor-permissions";

type Options = { documentId: number; store: EditorStore; marks: MarksStore; actions: EditorActions; notice: Notice };

/**
 * The document's annotations (kept in the marks, which draw them) and the annotate dialog: a new span
 * from a selection, an existing one from its mark or the panel; saved, optionally added to the glossary.
 */
export function useAnnotations({ documentId, store, marks, actions, notice }: Options) {
  const { annotations } = useSyncExternalStore(marks.subscribe, marks.getSnapshot, marks.getSnapshot);
  const [request, setRequest] = useState<AnnotateRequest | null>(null);
  // A reader (viewer) selects text to copy it: no dialog to annotate, nothing to edit.
  const { canEdit } = useEditorPermissions();

  const annotate = useCallback(
    ({ segmentId, n, start, end, text }: { segmentId: number; n: number; start: number; end: number; text: string }) =>
      canEdit && setRequest({ kind: "new", segmentId, n, start, end, text, initial: null }),
    [canEdit],
  );

  const edit = useCallback(
    (annotation: AnnotationMark) => canEdit && setRequest({ kind: "edit", id: annotation.id, n: store.numberOf(annotation.segmentId), text: annotation.quote, initial: annotation }),
    [store, canEdit],
  );

  /** An annotation's mark, reached with Tab, opens it for editing on Enter. */
  const openMark = (element: HTMLElement): boolean => {
    if (!canEdit) return false;
    const annotation = annotations.find((a) => a.id === Number(element.dataset.annotationId));
    if (annotation) edit(annotation);
    return annotation !== undefined;
  };

  const save = async (request: AnnotateRequest, fields: AnnotationInput, addToGlossary: boolean): Promise<boolean> => {
    const result =
      request.kind === "new"
        ? await actions.createAnnotation({ segmentId: request.segmentId, start: request.start, end: request.end, ...fields })
        : await actions.updateAnnotation({ id: request.id, ...fields });
    if (!result.ok) {
      notice.sayError(result);
      return false;
    }
    marks.setAnnotations(result.data);
    if (addToGlossary && fields.gloss.trim()) {
      const added = await actions.addTerm({ documentId, source: request.text, target: fields.gloss.trim(), note: fields.note, usage: "preferred" });
      if (added.ok) marks.setTerms(added.data);
      else notice.sayError(added);
    }
    setRequest(null);
    window.getSelection()?.removeAllRanges();
    return true;
  };

  const remove = async (annotation: AnnotationMark) => {
    const result = await actions.deleteAnnotation({ id: annotation.id });
    if (result.ok) marks.setAnnotations(result.data);
    else notice.sayError(result);
  };

  return { annotations, request, annotate, edit, openMark, save, remove, close: () => setRequest(null) };
}

export type Annotations = ReturnType<typeof useAnnotations>;
