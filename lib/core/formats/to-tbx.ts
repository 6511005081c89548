import type { TermUsage } from "../model";
import { TOOL_NAME, type ExportTerm, type WriteContext } from "./export-data";
import { createXmlDocument, el, serializeXml } from "./xml";

/** A term's usage as TBX-Basic's administrativeStatus (the same values in 2008 and v3). */
export const ADMINISTRATIVE_STATUS: Record<TermUsage, string> = { preferred: "preferredTerm-admn-sts", forbidden: "deprecatedTerm-admn-sts" };

/** The glossary as TBX-Basic (ISO 30042:2008 <martif>): one termEntry per term, usage as administrativeStatus. */
export function toTbx(terms: ExportTerm[], context: WriteContext & { sourceLang: string; targetLang: string }): string {
  const doc = createXmlDocument("martif");
  const root = doc.documentElement;
  root.setAttribute("type", "TBX-Basic");
  root.setAttribute("xml:lang", "en");
  root.appendChild(
    el(doc, "martifHeader", {}, [
      el(doc, "fileDesc", {}, [
        el(doc, "titleStmt", {}, [el(doc, "title", {}, [`${TOOL_NAME} glossary`])]),
        el(doc, "sourceDesc", {}, [el(doc, "p", {}, [`Exported by ${TOOL_NAME} ${context.toolVersion} on ${context.now.toISOString()}`])]),
      ]),
      el(doc, "encodingDesc", {}, [el(doc, "p", { type: "XCSURI" }, ["TBXBasicXCSV02.xcs"])]),
    ]),
  );
  const entries = terms.map((term, i) =>
    el(doc, "termEntry", { id: `t${i + 1}` }, [
      term.note && el(doc, "note", {}, [term.note]),
      el(doc, "langSet", { "xml:lang": context.sourceLang }, [el(doc, "tig", {}, [el(doc, "term", {}, [term.source])])]),
      el(doc, "langSet", { "xml:lang": context.targetLang }, [
        el(doc, "tig", {}, [
          el(doc, "term", {}, [term.target]),
          el(doc, "termNote", { type: "administrativeStatus" }, [ADMINISTRATIVE_STATUS[term.usage]]),
        ]),
      ]),
    ]),
  );
  root.appendChild(el(doc, "text", {}, [el(doc, "body", {}, entries)]));
  return serializeXml(doc);
}
