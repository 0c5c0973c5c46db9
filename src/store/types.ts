import type { DocumentGraph, EntityLabel, PropertyValue, RelationType, SourceFormat } from '../../ingest/types.ts';

export type StoreBackend = 'embedded' | 'neo4j';

export interface StoreHealth {
  backend: StoreBackend;
  ok: boolean;
  detail?: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  path: string;
  sha256: string;
  format: SourceFormat;
  date: string | null;
  chars: number;
  chunks: number;
}

/** An entity node as the graph holds it, merged over every document that mentions it. */
export interface EntityNode {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Source document ids (file names), sorted. */
  docs: string[];
  props: Record<string, PropertyValue>;
}

export interface RelationEdge {
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

export interface EntitySearch {
  q?: string;
  label?: EntityLabel;
  limit: number;
  offset: number;
}

export interface GraphStats {
  documents: number;
  chunks: number;
  entities: Record<EntityLabel, number>;
  relations: Record<RelationType, number>;
  mentions: number;
}

/** What `writeDocument` did: `unchanged` when the stored document already has the same sha256. */
export interface WriteResult {
  status: 'created' | 'replaced' | 'unchanged';
}

export type ExportRecord =
  | { type: 'node'; id: string; labels: string[]; properties: Record<string, PropertyValue> }
  | {
      type: 'relationship';
      id: string;
      label: string;
      start: { id: string };
      end: { id: string };
      properties: Record<string, PropertyValue>;
    };

/**
 * The graph store. Implemented by the embedded graphology store and by Neo4j;
 * nothing outside src/store knows which one it talks to.
 *
 * Write semantics (both backends): a document is the unit of change. Writing a
 * document whose sha256 is stored already changes nothing; writing a changed one
 * replaces everything it contributed (chunks, mentions, relations, its facet of
 * each entity) in one transaction; entities no document supports any more go.
 */
export interface GraphStore {
  readonly backend: StoreBackend;
  open(): Promise<void>;
  close(): Promise<void>;
  health(): Promise<StoreHealth>;

  writeDocument(graph: DocumentGraph): Promise<WriteResult>;
  deleteDocument(id: string): Promise<boolean>;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<(DocumentSummary & { text: string }) | null>;

  /** Entities whose name or an alias equals one of `names` (normalised by the caller). */
  findEntitiesByName(names: string[]): Promise<EntityNode[]>;
  searchEntities(query: EntitySearch): Promise<{ total: number; items: EntityNode[] }>;
  getEntity(id: string): Promise<EntityNode | null>;
  /** Relations touching the entity, in either direction. */
  relationsOf(id: string): Promise<RelationEdge[]>;

  stats(): Promise<GraphStats>;
  /** Every node and relationship, in a stable order (APOC export.json.all shape). */
  exportAll(): AsyncIterable<ExportRecord>;
}
