import { annotationsBySegment, annotationText, unitId } from "./prepare-export";
import { TOOL_NAME, type ExportData, type WriteContext } from "./export-data";
import { createXmlDocument, el, serializeXml } from "./xml-writer";
import { xliff12VersionData } from "./paragraph-version";
import { XLIFF12_STATE } from "./xliff-states";
import { inlineElement } from "./write-inline-tags";
import { tmScoreOf } from "../batch/batch-origins";
import { isMtOrigin } from "../mt/mt-types";

const NS = "urn:oasis:names:tc:xliff:document:1.2";

/**
 * XLIFF 1.2 (strict schema): one trans-unit per paragraph, state and approved from its status, annotations as
 * notes, the paragraph's version in `extradata`.
 */
export function toXliff12(data: ExportData, context: WriteContext): string {
  const { document, segments } = data;
  const doc = createXmlDocument("xliff", { ns: NS });
  doc.documentElement.setAttribute("version", "1.2");
  const notes = annotationsBySegment(data.annotations);
  const header = el("header", {}, [
    el("tool", { "tool-id": "duizhao", "tool-name": TOOL_NAME, "tool-version": context.toolVersion }),
    document.note && el("note", { from: "document" }, [document.note]),
    document.sourceUrl && el("note", { from: "source-url" }, [document.sourceUrl]),
  ]);
  const body = el(
    "body",
    {},
    segments.map((segment) =>
      el("trans-unit", { id: unitId(segment), resname: segment.kind, "xml:space": "preserve", approved: XLIFF12_STATE[segment.status].approved, extradata: xliff12VersionData(segment.version) }, [
        inlineElement("source", {}, "xliff12", segment.source, data.inlineTags?.[segment.id]),
        segment.target !== "" &&
          inlineElement(
            "target",
            { state: XLIFF12_STATE[segment.status].state, "state-qualifier": stateQualifier(segment.origin) },
            "xliff12",
            segment.target,
            data.inlineTags?.[segment.id],
          ),
        ...(notes.get(segment.id) ?? []).map((annotation) => el("note", { from: "annotation", annotates: "source" }, [annotationText(annotation)])),
      ]),
    ),
  );
  doc.documentElement.appendChild(
    el(
      "file",
      {
        original: document.title,
        "source-language": document.sourceLang,
        "target-language": document.targetLang,
        datatype: "plaintext",
        date: context.now.toISOString().replace(/\.\d{3}/, ""),
        "tool-id": "duizhao",
      },
      [header, body],
    ),
  );
  return serializeXml(doc);
}

/** Where a draft came from, in XLIFF 1.2's words: a machine translation, or an exact or fuzzy memory match. */
function stateQualifier(origin: string | undefined): string | undefined {
  if (isMtOrigin(origin)) return "mt-suggestion";
  const score = tmScoreOf(origin);
  if (score === null) return undefined;
  return score >= 100 ? "exact-match" : "fuzzy-match";
}
