import { strFromU8 } from "fflate";
import { DomainError } from "../errors";
import { unpackDocx } from "../import/unpack-docx";
import { REVIEW_PROPERTY, versionsFromProperties, type ParsedReview, type ReviewManifest, type ReviewRow } from "./review-file";
import { childElements, parseXml, textOf, type XmlElement } from "./xml";

// A cell's text: its paragraphs one a line, w:br a line break, w:tab a tab; deleted text (w:del) is left out.
function cellText(cell: XmlElement): string {
  return childElements(cell, "p")
    .map((paragraph) => {
      let text = "";
      const walk = (node: XmlElement) => {
        for (const child of Array.from(node.childNodes) as XmlElement[]) {
          if (child.nodeType !== 1 || child.localName === "del" || child.localName === "rPr" || child.localName === "pPr") continue;
          if (child.localName === "t") text += textOf(child);
          else if (child.localName === "br" || child.localName === "cr") text += "\n";
          else if (child.localName === "tab") text += "\t";
          else walk(child);
        }
      };
      walk(paragraph);
      return text;
    })
    .join("\n");
}

function readManifest(parts: Record<string, Uint8Array>): ReviewManifest {
  const custom = parts["docProps/custom.xml"];
  if (!custom) throw new DomainError("NOT_A_REVIEW_FILE");
  const properties = new Map(
    (Array.from(parseXml(strFromU8(custom)).getElementsByTagNameNS("*", "property")) as XmlElement[]).map((property) => [property.getAttribute("name") ?? "", textOf(property).trim()]),
  );
  const documentId = Number(properties.get(REVIEW_PROPERTY.document));
  const fingerprint = properties.get(REVIEW_PROPERTY.fingerprint) ?? "";
  if (!Number.isSafeInteger(documentId) || documentId <= 0 || fingerprint === "") throw new DomainError("NOT_A_REVIEW_FILE");
  return { documentId, fingerprint, versions: versionsFromProperties(properties) };
}

/** Reads a review DOCX: its manifest and the rows of the table whose first header cell is "¶ id". */
export function parseReviewDocx(bytes: Uint8Array): ParsedReview {
  const parts = unpackDocx(bytes);
  const body = parts["word/document.xml"];
  if (!body) throw new DomainError("NOT_A_REVIEW_FILE");
  const manifest = readManifest(parts);
  const tables = Array.from(parseXml(strFromU8(body)).getElementsByTagNameNS("*", "tbl")) as XmlElement[];
  const table = tables.map((tbl) => childElements(tbl, "tr").map((tr) => childElements(tr, "tc").map(cellText))).find((rows) => rows[0]?.[0]?.trim().startsWith("¶"));
  if (!table) throw new DomainError("NOT_A_REVIEW_FILE");
  const rows = table.slice(1).map(([id = "", source = "", target = "", status = "", comment = ""]): ReviewRow => ({ id: id.trim(), source, target, status: status.trim(), comment }));
  return { format: "docx", manifest, rows };
}
