import { annotationsBySegment, annotationText, compactUtc, unitId } from "./prepare-export";
import { TOOL_NAME, type ExportData, type WriteContext } from "./export-data";
import { TMX_VERSION_PROP } from "./paragraph-version";
import { createXmlDocument, el, serializeXml } from "./xml";
import { inlineElement } from "./write-inline-tags";
import { isMtOrigin } from "../mt/mt-types";

/**
 * TMX 1.4b: one <tu> per translated paragraph (tuid = the stable paragraph id), status and kind as
 * props (with the paragraph's version), annotations as notes. A translation memory holds pairs: a paragraph without a translation
 * has no pair, so it is left out (translate-toolkit and CAT tools drop such units too).
 */
export function toTmx(data: ExportData, context: WriteContext): string {
  const { document, segments } = data;
  const doc = createXmlDocument("tmx", { systemId: "tmx14.dtd" });
  const root = doc.documentElement;
  root.setAttribute("version", "1.4");
  const date = compactUtc(context.now);
  root.appendChild(
    el(
      doc,
      "header",
      {
        creationtool: TOOL_NAME,
        creationtoolversion: context.toolVersion,
        segtype: "paragraph",
        "o-tmf": TOOL_NAME,
        adminlang: "en",
        srclang: document.sourceLang,
        datatype: "plaintext",
        creationdate: date,
      },
      [
        document.note && el(doc, "note", {}, [document.note]),
        el(doc, "prop", { type: "x-title" }, [document.title]),
        document.sourceUrl && el(doc, "prop", { type: "x-source-url" }, [document.sourceUrl]),
      ],
    ),
  );
  const notes = annotationsBySegment(data.annotations);
  const units = segments
    .filter((segment) => segment.target !== "")
    .map((segment) =>
      el(doc, "tu", { tuid: unitId(segment), creationdate: date }, [
        ...(notes.get(segment.id) ?? []).map((annotation) => el(doc, "note", {}, [annotationText(annotation)])),
        el(doc, "prop", { type: "x-status" }, [segment.status]),
        el(doc, "prop", { type: "x-kind" }, [segment.kind]),
        el(doc, "prop", { type: TMX_VERSION_PROP }, [String(segment.version)]),
        el(doc, "tuv", { "xml:lang": document.sourceLang }, [inlineElement(doc, "seg", {}, "tmx", segment.source, data.inlineTags?.[segment.id])]),
        el(doc, "tuv", { "xml:lang": document.targetLang }, [
          isMtOrigin(segment.origin) && el(doc, "prop", { type: "x-origin" }, [segment.origin!]),
          inlineElement(doc, "seg", {}, "tmx", segment.target, data.inlineTags?.[segment.id]),
        ]),
      ]),
    );
  root.appendChild(el(doc, "body", {}, units));
  return serializeXml(doc);
}
