import type { AnalyzedDocument, Genre } from '../analyze/profile.ts';
import type { ExtractedEntity, ExtractedRelation, Extraction, RecognizedEntity } from '../types.ts';

/** Reads a document's entities and relations. The rule extractor is one implementation; the pipeline knows only this. */
export interface Extractor {
  /** Short and stable: `rules`. */
  readonly id: string;
  /** Changes whenever what the extractor would read from a document may change. */
  readonly version: string;
  extract(doc: AnalyzedDocument): Extraction;
}

/** Finds entities of one or more labels in a document. Recognizers run in registry order. */
export interface EntityRecognizer {
  readonly name: string;
  /** The genres it serves; every genre when absent. */
  readonly genres?: readonly Genre[];
  /** How sure its finds are unless it says otherwise per entity. */
  readonly confidence: number;
  /** `found` holds what earlier recognizers produced, so later ones can build on it (e.g. outcomes need regions). */
  recognize(doc: AnalyzedDocument, found: readonly ExtractedEntity[]): RecognizedEntity[];
}

/** Reads relations between already recognized entities, from sentences or document structure. */
export interface RelationRule {
  readonly name: string;
  /** The genres it serves; every genre when absent. */
  readonly genres?: readonly Genre[];
  extract(doc: AnalyzedDocument, entities: readonly ExtractedEntity[]): ExtractedRelation[];
}
