// Where exports record each paragraph's version, so that an import can tell a paragraph changed since
// the export (see planImport). Each is a place its standard leaves to the writing tool:
// TMX 1.4 a user-defined <prop type="x-…"> in <tu>; XLIFF 1.2 the trans-unit's `extradata`
// attribute ("data relevant to the extraction/merge process"), since the strict schema validates
// attributes from other namespaces strictly; XLIFF 2.0 the Metadata module (<mda:metadata> in <unit>).

export const TMX_VERSION_PROP = "x-duizhao-version";

export const XLIFF12_VERSION_DATA = /^duizhao-version=(\d+)$/;

/** The trans-unit `extradata` value that records a paragraph's version. */
export const xliff12VersionData = (version: number): string => `duizhao-version=${version}`;

export const MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";

/** The metaGroup category of Duizhao's own metadata in XLIFF 2.0 (its meta type "version" holds the paragraph's version). */
export const MDA_CATEGORY = "duizhao";
