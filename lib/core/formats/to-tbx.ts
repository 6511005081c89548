import type { TermUsage } from "../model";
import { TOOL_NAME, type ExportTerm, type WriteContext } from "./export-data";
import { createXmlDocument, el, serializeXml } from "./xml-writer";

/** A term's usage as TBX-Basic's administrativeStatus (the same values in 2008 and v3). */
export const ADMINISTRATIVE_STATUS: Record<TermUsage, string> = { preferred: "preferredTerm-admn-sts", forbidden: "deprecatedTerm-admn-sts" };

/** The glossary as TBX-Basic (ISO 30042:2008 <martif>): one termEntry per term, usage as administrativeStatus. */
export function toTbx(terms: ExportTerm[], context: WriteContext & { sourceLang: string; targetLang: string }): string {
  const doc = createXmlDocument("martif");
  const root = doc.documentElement;
  root.setAttribute("type", "TBX-Basic");
  root.setAttribute("xml:lang", "en");
  root.appendChild(
    el("martifHeader", {}, [
      el("fileDesc", {}, [
        el("titleStmt", {}, [el("title", {}, [`${TOOL_NAME} glossary`])]),
        el("sourceDesc", {}, [el("p", {}, [`Exported by ${TOOL_NAME} ${context.toolVersion} on ${context.now.toISOString()}`])]),
      ]),
      el("encodingDesc", {}, [el("p", { type: "XCSURI" }, ["TBXBasicXCSV02.xcs"])]),
    ]),
  );
  const entries = terms.map((term, i) =>
    el("termEntry", { id: `t${i + 1}` }, [
      term.note && el("note", {}, [term.note]),
      el("langSet", { "xml:lang": context.sourceLang }, [el("tig", {}, [el("term", {}, [term.source])])]),
      el("langSet", { "xml:lang": context.targetLang }, [
        el("tig", {}, [
          el("term", {}, [term.target]),
          el("termNote", { type: "administrativeStatus" }, [ADMINISTRATIVE_STATUS[term.usage]]),
        ]),
      ]),
    ]),
  );
  root.appendChild(el("text", {}, [el("body", {}, entries)]));
  return serializeXml(doc);
}
