import type { EntityLabel, RelationType } from './ontology.ts';
import type { DocumentGraph, PropertyValue, SourceFormat } from './records.ts';

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
  revision: string;
  format: SourceFormat;
  date: string | null;
  chars: number;
  chunks: number;
  /** Explanations of the merges of this document's entities into entities stored before it. */
  merges: string[];
}

/** How many of an entity's documents an answer lists: a hub's list grows with the collection. */
export const LISTED_DOCS = 100;

/** An entity as the stores keep it, merged over every document that mentions it. */
export interface StoredEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Source document ids (file names), sorted: all of them. */
  docs: string[];
  props: Record<string, PropertyValue>;
}

/** An entity as the stores answer with it: its first LISTED_DOCS documents and how many there are (`entityDocuments` lists them all). */
export interface EntityNode extends StoredEntity {
  /** The first LISTED_DOCS source document ids, sorted; all of them when `docCount` is no larger. */
  docs: string[];
  docCount: number;
}

/** The view of a stored entity that answers carry. */
export function entityView(entity: StoredEntity): EntityNode {
  return { ...entity, docs: entity.docs.slice(0, LISTED_DOCS), docCount: entity.docs.length };
}

/** Every document of an entity an answer carried: those it lists, or all of them from the store when it has more. */
export function documentsOf(store: Pick<GraphStore, 'entityDocuments'>, entity: Pick<EntityNode, 'id' | 'docs' | 'docCount'>): Promise<string[]> {
  return entity.docCount > entity.docs.length ? store.entityDocuments(entity.id) : Promise.resolve(entity.docs);
}

/** An entity without its documents: what resolving a name needs. */
export type NamedEntity = Omit<StoredEntity, 'docs'>;

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

/** A chunk as search hands it back. */
export interface ChunkDetail {
  id: string;
  doc: string;
  index: number;
  text: string;
  start: number;
  end: number;
  sectionPath: string[];
  /** Ids of the entities mentioned in the chunk, sorted. */
  entities: string[];
}

export interface ScoredChunk {
  chunkId: string;
  score: number;
}

/** A passage (a chunk's place in its document) and the entities whose relations search hands back with it. */
export interface PassageScope {
  doc: string;
  start: number;
  end: number;
  entities: string[];
}

/** The relations of each passage (in the order asked) and every entity at their ends. */
export interface PassageRelations {
  relations: RelationEdge[][];
  entities: EntityNode[];
}

/** Entities and the relations among them, as the query methods hand them back. */
export interface Subgraph {
  nodes: EntityNode[];
  edges: RelationEdge[];
}

/** One step out from a set of entities: relations of `types` in `direction`, far end restricted to `labels` when given. */
export interface ExpandStep {
  types: RelationType[];
  direction: 'out' | 'in' | 'both';
  labels?: EntityLabel[];
  /** Fan-out cap: at most this many relations from each start entity, the strongest first (confidence, then id). */
  perNode?: number;
}

/** A subgraph gathered by a bounded walk; `capped` when some entity had more relations than the walk followed. */
export interface Scope extends Subgraph {
  capped: boolean;
}

/** A walk of `depth` steps from one entity over relations of `types` (either direction, far ends of `labels`), at most `perNode` relations from each entity, stopping once `maxNodes` entities are reached. */
export interface NeighbourWalk {
  depth: number;
  types: RelationType[];
  labels?: EntityLabel[];
  perNode: number;
  maxNodes: number;
}

/** A walk from a policy along the trace's steps (see TRACE_STEPS in src/store/query-rules.ts). */
export interface TraceWalk {
  depth: number;
  perNode: number;
  maxNodes: number;
}

/**
 * A fact: a relation type between two entities, whichever documents state it
 * (parallel relations collapsed). `id` is the smallest of their ids; `count`
 * how many there are.
 */
export interface Fact {
  id: string;
  type: RelationType;
  start: string;
  end: string;
  count: number;
}

/** Which relations of an entity to page through: for each of `types`, relations [offset, offset + limit), the strongest first. */
export interface RelationPage {
  types: RelationType[];
  limit: number;
  offset: number;
}

/**
 * An entity with a page of its relations of each type, how many it has of
 * each, the entities at their far ends, and the titles of the documents the
 * page names: its documents [offset, offset + limit) by id and those the
 * listed relations quote.
 */
export interface EntityPage {
  entity: EntityNode;
  counts: Partial<Record<RelationType, number>>;
  edges: RelationEdge[];
  others: Pick<EntityNode, 'id' | 'label' | 'name'>[];
  documents: { id: string; title: string }[];
}

export interface OutcomeFilter {
  /** Substring of the indicator (or name), normalised. */
  indicator?: string;
  /** Region id, or a name matched against the MEASURED_IN region and the outcome's subject. */
  region?: string;
  /** Substring of the period. */
  period?: string;
  kind?: string;
}

export interface CypherLimits {
  timeoutMs: number;
  rowLimit: number;
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

/** The store cannot do this at all (e.g. Cypher on the embedded store). */
export class UnsupportedOperationError extends Error {}

/** The query was refused (it writes, or it is not valid for the store). */
export class QueryRefusedError extends Error {
  constructor(message: string, readonly code = 'query_refused') {
    super(message);
  }
}

/** The query ran past its time limit. */
export class QueryTimeoutError extends Error {}

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
  /** Prepares what the first requests would otherwise wait for (Neo4j: planning the read queries); a server calls it after open. */
  warmUp(): Promise<void>;
  /**
   * A token that changes whenever what the store answers may change (a
   * document written, replaced or deleted, vectors added), by this process or
   * any other; equal tokens mean equal answers.
   */
  revision(): Promise<string>;

  writeDocument(graph: DocumentGraph): Promise<WriteResult>;
  deleteDocument(id: string): Promise<boolean>;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(id: string): Promise<(DocumentSummary & { text: string }) | null>;

  /**
   * Entities whose name or an alias equals one of `names` after normalisation,
   * without their lists of documents: what resolving a document's names
   * needs, at a cost that does not grow with how many documents list a hub.
   */
  findEntitiesByName(names: string[]): Promise<NamedEntity[]>;
  searchEntities(query: EntitySearch): Promise<{ total: number; items: EntityNode[] }>;
  getEntity(id: string): Promise<EntityNode | null>;
  /** Every document of an entity, sorted; empty for an unknown id. */
  entityDocuments(id: string): Promise<string[]>;
  /** Relations touching the entity, in either direction. */
  relationsOf(id: string): Promise<RelationEdge[]>;

  /** The `k` chunks whose embedding is nearest `vector` by cosine, best first (chunks without embedding are skipped). */
  vectorSearch(vector: Float32Array, k: number): Promise<ScoredChunk[]>;
  /** The `k` chunks best matching `q` by BM25 over CJK bigrams (Neo4j's `cjk` analyzer), best first. */
  keywordSearch(q: string, k: number): Promise<ScoredChunk[]>;
  /** Chunks by id, in the order asked; unknown ids are left out. */
  getChunks(ids: string[]): Promise<ChunkDetail[]>;
  /** Entities by id, in the order asked; unknown ids are left out. */
  getEntities(ids: string[]): Promise<EntityNode[]>;
  /**
   * For each passage, at most `limit` distinct relations touching its entities:
   * those whose evidence lies inside the passage (same document, span within
   * it) first, then by confidence, highest first, then by id.
   */
  passageRelations(passages: PassageScope[], limit: number): Promise<PassageRelations>;

  /** Relation edges of one step from `ids` (see ExpandStep) with their far-end entities; sorted by edge id. */
  expand(ids: string[], step: ExpandStep): Promise<Subgraph>;
  /** The entity with a page of its relations per type (see EntityPage), in one read; null when there is no such entity. */
  entityPage(id: string, page: RelationPage): Promise<EntityPage | null>;
  /** The subgraph a bounded breadth-first walk from `id` reaches (see NeighbourWalk), in one read. */
  neighbourhood(id: string, walk: NeighbourWalk): Promise<Scope>;
  /** The subgraph a policy trace from `id` can use (see TraceWalk), in one read; empty when `id` is not a policy. */
  traceScope(id: string, walk: TraceWalk): Promise<Scope>;
  /** The facts (parallel relations collapsed) touching any of `ids`, over the ontology's relation types, sorted by id. */
  relationFacts(ids: string[]): Promise<Fact[]>;
  /** The relations of the given facts (type, start and end), at most `perFact` of each (by document, then position), sorted by id. */
  factRelations(facts: Pick<Fact, 'type' | 'start' | 'end'>[], perFact: number): Promise<RelationEdge[]>;
  /** Every entity and every relation among them (for analytics), sorted by id. */
  relationGraph(): Promise<Subgraph>;
  /** Entities the document mentions, sorted by id. */
  documentEntities(doc: string): Promise<EntityNode[]>;
  /** Every entity of one label, sorted by id (the analytics read all Measures, all Policies). */
  entitiesByLabel(label: EntityLabel): Promise<EntityNode[]>;
  /** Read-only Cypher with parameters; throws UnsupportedOperationError on stores without Cypher, QueryRefusedError for writes. */
  readCypher(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResult>;

  stats(): Promise<GraphStats>;
  /** Every node and relationship, in a stable order (APOC export.json.all shape). */
  exportAll(): AsyncIterable<ExportRecord>;
}
