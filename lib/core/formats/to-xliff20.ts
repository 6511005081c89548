import { annotationsBySegment, unitId, annotationText } from "./prepare-export";
import type { ExportData } from "./export-data";
import { MDA_CATEGORY, MDA_NS } from "./paragraph-version";
import { createXmlDocument, el, serializeXml } from "./xml-writer";
import { MT_SUBSTATE, XLIFF20_STATE } from "./xliff-states";
import { inlineElement } from "./write-inline-tags";
import { isMtOrigin } from "../mt/mt-types";

const NS = "urn:oasis:names:tc:xliff:document:2.0";

/**
 * XLIFF 2.0 core: one unit (one segment) per paragraph, state from its status, annotations as notes;
 * the paragraph's version in the Metadata module.
 */
export function toXliff20(data: ExportData): string {
  const { document, segments } = data;
  const doc = createXmlDocument("xliff", { ns: NS });
  const root = doc.documentElement;
  root.setAttribute("version", "2.0");
  root.setAttribute("srcLang", document.sourceLang);
  root.setAttribute("trgLang", document.targetLang);
  root.setAttribute("xmlns:mda", MDA_NS);
  const notes = annotationsBySegment(data.annotations);
  const fileNotes = [
    document.note && el("note", { category: "document" }, [document.note]),
    document.sourceUrl && el("note", { category: "source-url" }, [document.sourceUrl]),
  ].filter((note) => note !== "");
  const units = segments.map((segment) => {
    const unitNotes = (notes.get(segment.id) ?? []).map((annotation) =>
      el("note", { category: annotation.category, appliesTo: "source" }, [annotationText(annotation)]),
    );
    const { state, subState: statusSubState } = XLIFF20_STATE[segment.status];
    // XLIFF 2.0 has no state-qualifier: a machine draft nobody checked yet is told by its subState.
    const subState = isMtOrigin(segment.origin) ? MT_SUBSTATE : statusSubState;
    return el("unit", { id: unitId(segment), name: segment.kind }, [
      el("mda:metadata", {}, [el("mda:metaGroup", { category: MDA_CATEGORY }, [el("mda:meta", { type: "version" }, [String(segment.version)])])]),
      unitNotes.length > 0 && el("notes", {}, unitNotes),
      el("segment", { state, subState }, [
        inlineElement("source", { "xml:space": "preserve" }, "xliff20", segment.source, data.inlineTags?.[segment.id]),
        segment.target !== "" && inlineElement("target", { "xml:space": "preserve" }, "xliff20", segment.target, data.inlineTags?.[segment.id]),
      ]),
    ]);
  });
  root.appendChild(el("file", { id: "f1", original: document.title }, [fileNotes.length > 0 && el("notes", {}, fileNotes), ...units]));
  return serializeXml(doc);
}
