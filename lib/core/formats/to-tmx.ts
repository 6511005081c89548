import { annotationsBySegment, annotationText, compactUtc, unitId } from "./prepare-export";
import { TOOL_NAME, type ExportData, type WriteContext } from "./export-data";
import { TMX_VERSION_PROP } from "./paragraph-version";
import { createXmlDocument, el, serializeXml } from "./xml-writer";
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
        document.note && el("note", {}, [document.note]),
        el("prop", { type: "x-title" }, [document.title]),
        document.sourceUrl && el("prop", { type: "x-source-url" }, [document.sourceUrl]),
      ],
    ),
  );
  const notes = annotationsBySegment(data.annotations);
  const units = segments
    .filter((segment) => segment.target !== "")
    .map((segment) =>
      el("tu", { tuid: unitId(segment), creationdate: date }, [
        ...(notes.get(segment.id) ?? []).map((annotation) => el("note", {}, [annotationText(annotation)])),
        el("prop", { type: "x-status" }, [segment.status]),
        el("prop", { type: "x-kind" }, [segment.kind]),
        el("prop", { type: TMX_VERSION_PROP }, [String(segment.version)]),
        el("tuv", { "xml:lang": document.sourceLang }, [inlineElement("seg", {}, "tmx", segment.source, data.inlineTags?.[segment.id])]),
        el("tuv", { "xml:lang": document.targetLang }, [
          isMtOrigin(segment.origin) && el("prop", { type: "x-origin" }, [segment.origin!]),
          inlineElement("seg", {}, "tmx", segment.target, data.inlineTags?.[segment.id]),
        ]),
      ]),
    );
  root.appendChild(el("body", {}, units));
  return serializeXml(doc);
}
