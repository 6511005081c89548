import { TOOL_NAME, type ExportTerm, type WriteContext } from "./export-data";
import { ADMINISTRATIVE_STATUS } from "./to-tbx";
import { createXmlDocument, el, serializeXml } from "./xml";

export const TBX3_NS = "urn:iso:std:iso:30042:ed-2";

/**
 * The glossary as TBX v3 (ISO 30042:2019) in the TBX-Basic dialect, DCA style: one conceptEntry per
 * term, its note on the entry, usage as the English term's administrativeStatus.
 */
export function toTbx3(terms: ExportTerm[], context: WriteContext & { sourceLang: string; targetLang: string }): string {
  const doc = createXmlDocument("tbx", { ns: TBX3_NS });
  const root = doc.documentElement;
  root.setAttribute("type", "TBX-Basic");
  root.setAttribute("style", "dca");
  root.setAttribute("xml:lang", "en");
  root.appendChild(
    el(doc, "tbxHeader", {}, [
      el(doc, "fileDesc", {}, [
        el(doc, "titleStmt", {}, [el(doc, "title", {}, [`${TOOL_NAME} glossary`])]),
        el(doc, "sourceDesc", {}, [el(doc, "p", {}, [`Exported by ${TOOL_NAME} ${context.toolVersion} on ${context.now.toISOString()}`])]),
      ]),
    ]),
  );
  const entries = terms.map((term, i) =>
    el(doc, "conceptEntry", { id: `t${i + 1}` }, [
      term.note && el(doc, "note", {}, [term.note]),
      el(doc, "langSec", { "xml:lang": context.sourceLang }, [el(doc, "termSec", {}, [el(doc, "term", {}, [term.source])])]),
      el(doc, "langSec", { "xml:lang": context.targetLang }, [
        el(doc, "termSec", {}, [el(doc, "term", {}, [term.target]), el(doc, "termNote", { type: "administrativeStatus" }, [ADMINISTRATIVE_STATUS[term.usage]])]),
      ]),
    ]),
  );
  root.appendChild(el(doc, "text", {}, [el(doc, "body", {}, entries)]));
  return serializeXml(doc);
}
