import { TOOL_NAME, type ExportTerm, type WriteContext } from "./export-data";
import { ADMINISTRATIVE_STATUS } from "./to-tbx";
import { createXmlDocument, el, serializeXml } from "./xml-writer";

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
    el("tbxHeader", {}, [
      el("fileDesc", {}, [
        el("titleStmt", {}, [el("title", {}, [`${TOOL_NAME} glossary`])]),
        el("sourceDesc", {}, [el("p", {}, [`Exported by ${TOOL_NAME} ${context.toolVersion} on ${context.now.toISOString()}`])]),
      ]),
    ]),
  );
  const entries = terms.map((term, i) =>
    el("conceptEntry", { id: `t${i + 1}` }, [
      term.note && el("note", {}, [term.note]),
      el("langSec", { "xml:lang": context.sourceLang }, [el("termSec", {}, [el("term", {}, [term.source])])]),
      el("langSec", { "xml:lang": context.targetLang }, [
        el("termSec", {}, [el("term", {}, [term.target]), el("termNote", { type: "administrativeStatus" }, [ADMINISTRATIVE_STATUS[term.usage]])]),
      ]),
    ]),
  );
  root.appendChild(el("text", {}, [el("body", {}, entries)]));
  return serializeXml(doc);
}
