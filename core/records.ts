import type { EntityLabel, RelationType } from './ontology.ts';

// What one document contributes to the graph, as the pipeline hands it to a
// store: the records both sides agree on.

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf';

export type PropertyValue = string | number | boolean | string[] | number[] | null;

export interface DocumentRecord {
  /** File name; the Document node's id. */
  id: string;
  title: string;
  path: string;
  sha256: string;
  /** File hash plus pipeline version: a stored document with the same revision is up to date. */
  revision: string;
  format: SourceFormat;
  date: string | null;
  text: string;
  /** How this document's entities were joined to entities stored before it (see `kg merges`). */
  merges?: string[];
}

export interface ChunkRecord {
  id: string;
  doc: string;
  index: number;
  text: string;
  start: number;
  end: number;
  sectionPath: string[];
  /** Unit vector of the chunk's text (512 floats, bge-small-zh), filled by the embed stage. */
  embedding?: number[];
}

export interface EntityRecord {
  /** Global id, stable across runs: derived from label and canonical key. */
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  props: Record<string, PropertyValue>;
}

export interface MentionRecord {
  entity: string;
  chunk: string;
  doc: string;
  start: number;
  end: number;
  surface: string;
}

export interface RelationRecord {
  /** Derived from type, endpoints and document. */
  id: string;
  type: RelationType;
  start: string;
  end: string;
  doc: string;
  evidence: string;
  spanStart: number;
  spanEnd: number;
  confidence: number;
  rule: string;
}

/** Everything one document contributes to the graph; written in one transaction. */
export interface DocumentGraph {
  document: DocumentRecord;
  chunks: ChunkRecord[];
  entities: EntityRecord[];
  mentions: MentionRecord[];
  relations: RelationRecord[];
}

/** A document graph the stores cannot hold as it is (an id given twice); thrown before anything is written. */
export class MalformedGraphError extends Error {}

/**
 * Throws MalformedGraphError when an entity, chunk or relation id occurs twice
 * in one document graph: a store would count the document twice for that
 * entity, or fail half-way. The pipeline never makes one; a caller of
 * `writeDocument` with its own graph can.
 */
export function assertDistinctIds(graph: DocumentGraph): void {
  for (const [what, ids] of [
    ['entity', graph.entities.map((e) => e.id)],
    ['chunk', graph.chunks.map((c) => c.id)],
    ['relation', graph.relations.map((r) => r.id)],
  ] as const) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw new MalformedGraphError(`${graph.document.id}: ${what} id ${id} occurs twice in the document graph`);
      seen.add(id);
    }
  }
}
