import type { EntityLabel, RelationType } from '../core/ontology.ts';
import type { PropertyValue, SourceFormat } from '../core/records.ts';
import type { AnalyzedDocument } from './analyze/profile.ts';

// Types that flow between the ingestion stages:
// load -> clean -> structure -> chunk -> extract -> resolve -> (embed) -> write.
// Every stage is a small component with a typed `run`, so each can be tested alone.

export interface Stage<I, O> {
  readonly name: string;
  run(input: I): O | Promise<O>;
}

/** A file read from disk and decoded to text (no cleaning yet). */
export interface LoadedDocument {
  path: string;
  /** File name (basename): the document's id everywhere (evaluation keys on it). */
  name: string;
  format: SourceFormat;
  /** Detected text encoding for text formats (utf-8, utf-16le, gb18030, ...). */
  encoding?: string;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  raw: string;
  /** What the user should know about how the file was read (e.g. damaged bytes replaced). */
  warnings?: string[];
}

export type LoadResult =
  | { ok: true; doc: LoadedDocument }
  | { ok: false; path: string; reason: string };

/** After cleaning: `text` is the canonical document text all offsets refer to. */
export interface CleanDocument {
  source: LoadedDocument;
  text: string;
  title: string;
}

export type SectionKind = 'heading' | 'column' | 'month' | 'numbered';

export interface Section {
  index: number;
  /** 1 = top level (一、 / #), deeper numbers nest. */
  level: number;
  kind: SectionKind;
  /** Heading text without its numbering marker, e.g. 完善商标政策体系. */
  title: string;
  /** Marker as written: 一、 （二） 1. 专栏3： 4月 # */
  marker: string;
  /** Span of the heading line itself. */
  start: number;
  end: number;
  /** Span of the body the heading governs (until the next heading of same or higher level). */
  bodyEnd: number;
  parent: number | null;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  /** Index of the innermost section containing the sentence, or null before the first heading. */
  section: number | null;
  /** Titles from the outermost to the innermost section. */
  sectionPath: string[];
  /** True when the sentence is a heading line. */
  isHeading: boolean;
}

export interface Table {
  index: number;
  start: number;
  end: number;
  /** The caption line above the table when present (表 1 …). */
  caption: string | null;
  header: string[];
  rows: string[][];
  /** Span of each row of `rows`, first cell to last, in the same order. */
  rowSpans: Span[];
  section: number | null;
}

export interface StructuredDocument extends CleanDocument {
  sections: Section[];
  sentences: Sentence[];
  tables: Table[];
}

export interface Chunk {
  /** Derived from content: document sha256 + offsets. */
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  sectionPath: string[];
}

export interface ChunkedDocument extends StructuredDocument {
  chunks: Chunk[];
}

// ---------------------------------------------------------------- extraction

export interface Span {
  start: number;
  end: number;
}

export interface EntityMention extends Span {
  surface: string;
}

/** An entity as a recognizer finds it; `key` is local to the document. */
export interface RecognizedEntity {
  key: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Ontology properties: kind, year, level, date, indicator, value, unit, period, status, text, subject… */
  props: Record<string, PropertyValue>;
  mentions: EntityMention[];
  /** How sure the recognizer is, when it knows better than its default. */
  confidence?: number;
}

/** An entity as the extractor hands it on: with where it came from and how sure it is, as relations are. */
export interface ExtractedEntity extends RecognizedEntity {
  /** The extractor and the recognizer that found it: `rules/institution`. */
  source: string;
  confidence: number;
}

export interface ExtractedRelation {
  type: RelationType;
  head: string;
  tail: string;
  /** The sentence it was read from, verbatim from the document text. */
  evidence: string;
  start: number;
  end: number;
  confidence: number;
  /** Which template or structural rule produced it (for debugging and eval). */
  rule: string;
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** Relations the validator refused, counted per reason. */
  dropped: Record<string, number>;
}

export interface ExtractedDocument extends AnalyzedDocument {
  extraction: Extraction;
  /** The extractor that read it, `id@version`: part of the stored revision, so a new extractor re-reads. */
  extractor: string;
}
