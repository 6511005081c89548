import type { ConversionOverride } from "../convert/conversion-review-types";
import type { InlineTag } from "./inline-tags";
import type { AnnotationCategory, DocumentMeta, ScriptView, Segment, TermUsage } from "../model";

// The neutral shape every writer reads and every reader's result is mapped to.

/** An annotation for export: offsets into its segment's source, code points, half-open [start, end). */
export type ExportAnnotation = {
  segmentId: number;
  start: number;
  end: number;
  quote: string;
  gloss: string;
  note: string;
  pinyin: string;
  category: AnnotationCategory;
};

export type ExportTerm = { source: string; target: string; note: string; usage: TermUsage };

export type ExportData = {
  document: DocumentMeta;
  segments: Segment[];
  annotations: ExportAnnotation[];
  terms: ExportTerm[];
  /** The document's conversion review choices, applied to the source in every script (writers never read them). */
  overrides?: ConversionOverride[];
  /** Markup of the inline tags in source and target, by segment id (only segments that have tags). */
  inlineTags?: Record<number, InlineTag[]>;
};

export const EXPORT_FORMATS = ["tmx", "xliff12", "xliff20", "csv", "tsv", "html", "md", "docx", "txt", "json", "review-docx", "review-xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** tbx: TBX-Basic 2008 (<martif>); tbx3: TBX-Basic for TBX v3 (ISO 30042:2019). */
export const GLOSSARY_FORMATS = ["tbx", "tbx3", "csv"] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];

export const EXPORT_SCOPES = ["all", "translated"] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export const TEXT_LAYOUTS = ["target", "interleaved"] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

export type ExportOptions = {
  /** The source as written, or converted to Simplified, Traditional, Taiwan or Hong Kong usage. */
  script: ScriptView;
  /** Every paragraph, or only those with a translation (draft, translated, reviewed with a target). */
  scope: ExportScope;
  hasAnnotations: boolean;
  /** Plain text only: the translation alone, or source and translation paragraph by paragraph. */
  textLayout: TextLayout;
  /** XLIFF only: a paragraph without a translation gets its source as target, for tools that translate the target (OmegaT). */
  isTargetPrefilled: boolean;
};

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { script: "original", scope: "all", hasAnnotations: true, textLayout: "target", isTargetPrefilled: false };

/** What writers stamp into files: the tool and the moment of export (passed in, so output is deterministic in tests). */
export type WriteContext = { now: Date; toolVersion: string };

export const TOOL_NAME = "Duizhao";
