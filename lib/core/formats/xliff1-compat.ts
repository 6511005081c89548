import type { XmlElement } from "./xml";

/** XLIFF 1.0 and 1.1 (po2xliff writes 1.1) read as 1.2: the elements and attributes Duizhao reads are the same. */
export const isXliff1Version = (version: string): boolean => /^1\.[012]$/.test(version.trim());

/** A trans-unit that is no paragraph: the PO header that po2xliff writes as a unit. */
export const isHeaderUnit = (unit: XmlElement): boolean => unit.getAttribute("restype") === "x-gettext-domain-header";
