import type { ChunkedDocument, ExtractedEntity, ExtractedRelation } from '../types.ts';

/** Finds entities of one or more labels in a document. Recognizers run in registry order. */
export interface EntityRecognizer {
  readonly name: string;
  /** `found` holds what earlier recognizers produced, so later ones can build on it (e.g. outcomes need regions). */
  recognize(doc: ChunkedDocument, found: readonly ExtractedEntity[]): ExtractedEntity[];
}

/** Reads relations between already recognized entities, from sentences or document structure. */
export interface RelationRule {
  readonly name: string;
  extract(doc: ChunkedDocument, entities: readonly ExtractedEntity[]): ExtractedRelation[];
}
