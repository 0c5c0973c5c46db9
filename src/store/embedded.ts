import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from '../../core/ontology.ts';
import type { DocumentGraph, PropertyValue } from '../../core/records.ts';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { facetOf, mergeFacets, type Facets } from './facets.ts';
import { compareExport, documentRows } from './rows.ts';
import { chunkDetails, EmbeddedSearch, passageRelations } from './embedded-search.ts';
import { EmbeddedQueries, type EmbeddedGraphView } from './embedded-queries.ts';
import { entitiesNamed, nameKeys, searchEntityList, type NameKeys } from './query-rules.ts';
import type {
  ChunkDetail,
  DocumentSummary,
  EntityNode,
  EntityPage,
  EntitySearch,
  ExportRecord,
  ExpandStep,
  Fact,
  GraphStats,
  GraphStore,
  NeighbourWalk,
  PassageRelations,
  PassageScope,
  RelationEdge,
  RelationPage,
  ScoredChunk,
  StoreHealth,
  TraceWalk,
  WriteResult,
} from '../../core/store.ts';
import { UnsupportedOperationError } from '../../core/store.ts';

type NodeAttributes =
  | { label: 'Document'; properties: Record<string, PropertyValue>; text: string }
  | { label: 'Chunk'; properties: Record<string, PropertyValue> }
  | { label: EntityLabel; facets: Facets; entity: EntityNode };

interface EdgeAttributes {
  type: string;
  properties: Record<string, PropertyValue>;
}

type Graph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

const GRAPH_FILE = 'graph.json';
const FORMAT_VERSION = 1;

const isEntity = (a: NodeAttributes): a is Extract<NodeAttributes, { entity: EntityNode }> => 'entity' in a;

/**
 * The in-process store on graphology, persisted as one JSON file under the data
 * directory. Each document write is applied to the graph and then saved with
 * an atomic rename; if anything fails in between, the last saved state is
 * reloaded, so a failed document leaves nothing of itself.
 */
export class EmbeddedStore implements GraphStore {
  readonly backend = 'embedded' as const;
  private graph: Graph = new MultiDirectedGraph();
  private search!: EmbeddedSearch;
  private readonly view: EmbeddedGraphView = {
    graph: () => this.graph as unknown as MultiDirectedGraph,
    entity: (id) => {
      const attrs = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
      return attrs && isEntity(attrs) ? attrs.entity : null;
    },
    relation: (edge) => this.relationEdge(edge),
  };
  private readonly queries = new EmbeddedQueries(this.view);

  constructor(private readonly dataDir: string) {}

  get file() {
    return join(this.dataDir, GRAPH_FILE);
  }

  async open(): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    this.graph = await this.load();
    this.search = await EmbeddedSearch.open(this.dataDir, this.graph);
  }

  async close(): Promise<void> {}

  async warmUp(): Promise<void> {}

  async health(): Promise<StoreHealth> {
    return { backend: this.backend, ok: true };
  }

  private async load(): Promise<Graph> {
    const graph: Graph = new MultiDirectedGraph();
    if (!existsSync(this.file)) return graph;
    const saved = JSON.parse(await readFile(this.file, 'utf8'));
    if (saved.version !== FORMAT_VERSION) {
      throw new Error(`${this.file} was written by another version of the store; delete ${this.dataDir} and ingest again`);
    }
    graph.import(saved.graph);
    return graph;
  }

  private async save(): Promise<void> {
    await this.search.save();
    const tmp = `${this.file}.tmp`;
    await writeFile(tmp, JSON.stringify({ version: FORMAT_VERSION, graph: this.graph.export() }));
    await rename(tmp, this.file);
  }

  /** Applies `change` and saves; on any failure, returns to the last saved state. */
  private async transaction<T>(change: () => T): Promise<T> {
    this.nameIndex = null;
    try {
      const result = change();
      await this.save();
      return result;
    } catch (error) {
      this.nameIndex = null;
      this.graph = await this.load();
      this.search = await EmbeddedSearch.open(this.dataDir, this.graph);
      throw error;
    }
  }

  async writeDocument(graph: DocumentGraph): Promise<WriteResult> {
    const id = graph.document.id;
    const existing = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    if (existing && existing.label === 'Document' && existing.properties.revision === graph.document.revision) {
      return { status: 'unchanged' };
    }
    return this.transaction(() => {
      if (existing) this.removeDocument(id);
      this.addDocument(graph);
      return { status: existing ? 'replaced' : 'created' } as WriteResult;
    });
  }

  async deleteDocument(id: string): Promise<boolean> {
    const node = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    if (!node || node.label !== 'Document') return false;
    await this.transaction(() => this.removeDocument(id));
    return true;
  }

  /** Test seam: lets a test make a write fail half-way through. */
  protected afterEntities(): void {}

  private addDocument(graph: DocumentGraph): void {
    const rows = documentRows(graph);
    const doc = rows.document.id;
    this.graph.addNode(doc, { label: 'Document', properties: rows.document.properties, text: graph.document.text });
    for (const chunk of rows.chunks) this.graph.addNode(chunk.id, { label: 'Chunk', properties: chunk.properties });
    for (const entity of graph.entities) {
      if (this.graph.hasNode(entity.id)) {
        const attrs = this.graph.getNodeAttributes(entity.id);
        if (!isEntity(attrs)) throw new Error(`entity id ${entity.id} collides with a ${attrs.label} node`);
        const facets = { ...attrs.facets, [doc]: facetOf(entity) };
        this.graph.replaceNodeAttributes(entity.id, { ...attrs, facets, entity: mergeFacets(entity.id, attrs.label, facets) });
      } else {
        const facets = { [doc]: facetOf(entity) };
        this.graph.addNode(entity.id, { label: entity.label, facets, entity: mergeFacets(entity.id, entity.label, facets) });
      }
    }
    this.afterEntities();
    for (const edge of rows.edges) {
      this.graph.addDirectedEdgeWithKey(edge.id, edge.start, edge.end, { type: edge.type, properties: edge.properties });
    }
    this.search.addDocument(graph);
  }

  private removeDocument(doc: string): void {
    const dropEdges: string[] = [];
    this.graph.forEachEdge((edge, attrs) => {
      if (attrs.properties.doc === doc) dropEdges.push(edge);
    });
    for (const edge of dropEdges) this.graph.dropEdge(edge);
    const dropNodes: string[] = [];
    this.graph.forEachNode((node, attrs) => {
      if (attrs.label === 'Chunk' && attrs.properties.doc === doc) dropNodes.push(node);
      if (!isEntity(attrs) || !attrs.facets[doc]) return;
      const { [doc]: _removed, ...facets } = attrs.facets;
      if (Object.keys(facets).length === 0) dropNodes.push(node);
      else this.graph.replaceNodeAttributes(node, { ...attrs, facets, entity: mergeFacets(node, attrs.label, facets) });
    });
    this.search.removeChunks(dropNodes.filter((node) => this.graph.getNodeAttribute(node, 'label') === 'Chunk'));
    for (const node of dropNodes) this.graph.dropNode(node);
    this.graph.dropNode(doc);
  }

  private summary(id: string): DocumentSummary {
    const attrs = this.graph.getNodeAttributes(id) as Extract<NodeAttributes, { label: 'Document' }>;
    const p = attrs.properties;
    const chunks = this.graph.outEdges(id).filter((e) => this.graph.getEdgeAttribute(e, 'type') === 'HAS_CHUNK').length;
    return {
      id,
      title: p.title as string,
      path: p.path as string,
      sha256: p.sha256 as string,
      revision: p.revision as string,
      format: p.format as DocumentSummary['format'],
      date: (p.date as string | null) ?? null,
      chars: p.chars as number,
      chunks,
      merges: (p.merges as string[]) ?? [],
    };
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.graph
      .filterNodes((_, a) => a.label === 'Document')
      .sort()
      .map((id) => this.summary(id));
  }

  async getDocument(id: string) {
    const attrs = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    if (!attrs || attrs.label !== 'Document') return null;
    return { ...this.summary(id), text: attrs.text };
  }

  /** Every entity with its normalised names, built on first use after each change. */
  private nameIndex: NameKeys[] | null = null;

  private indexedNames(): NameKeys[] {
    if (!this.nameIndex) {
      const index: NameKeys[] = [];
      this.graph.forEachNode((_, attrs) => {
        if (isEntity(attrs)) index.push(nameKeys(attrs.entity));
      });
      this.nameIndex = index;
    }
    return this.nameIndex;
  }

  async findEntitiesByName(names: string[]): Promise<EntityNode[]> {
    return entitiesNamed(this.indexedNames(), names);
  }

  async searchEntities(query: EntitySearch) {
    return searchEntityList(this.indexedNames(), query);
  }

  async getEntity(id: string): Promise<EntityNode | null> {
    const attrs = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null;
    return attrs && isEntity(attrs) ? attrs.entity : null;
  }

  async relationsOf(id: string): Promise<RelationEdge[]> {
    if (!this.graph.hasNode(id)) return [];
    const relationTypes = new Set<string>(RELATION_TYPES);
    return this.graph
      .edges(id)
      .filter((edge) => relationTypes.has(this.graph.getEdgeAttribute(edge, 'type')))
      .map((edge) => this.relationEdge(edge))
      .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : 1));
  }

  private relationEdge(edge: string): RelationEdge {
    const { type, properties: p } = this.graph.getEdgeAttributes(edge);
    return {
      id: edge,
      type: type as RelationEdge['type'],
      start: this.graph.source(edge),
      end: this.graph.target(edge),
      doc: p.doc as string,
      evidence: p.evidence as string,
      spanStart: p.spanStart as number,
      spanEnd: p.spanEnd as number,
      confidence: p.confidence as number,
      rule: p.rule as string,
    };
  }

  async vectorSearch(vector: Float32Array, k: number): Promise<ScoredChunk[]> {
    return this.search.vectorSearch(vector, k);
  }

  async keywordSearch(q: string, k: number): Promise<ScoredChunk[]> {
    return this.search.keywordSearch(q, k);
  }

  async getChunks(ids: string[]): Promise<ChunkDetail[]> {
    return chunkDetails(this.graph, ids);
  }

  async getEntities(ids: string[]): Promise<EntityNode[]> {
    return ids.flatMap((id) => this.view.entity(id) ?? []);
  }

  async passageRelations(passages: PassageScope[], limit: number): Promise<PassageRelations> {
    return passageRelations(this.view, passages, limit);
  }

  async expand(ids: string[], step: ExpandStep) {
    return this.queries.expand(ids, step);
  }

  async entityPage(id: string, page: RelationPage): Promise<EntityPage | null> {
    const found = this.queries.entityPage(id, page);
    if (!found) return null;
    const documents = found.entity.docs.map((doc) => ({ id: doc, title: this.graph.hasNode(doc) ? this.summary(doc).title : doc }));
    return { ...found, documents };
  }

  async neighbourhood(id: string, walk: NeighbourWalk) {
    return this.queries.neighbourhood(id, walk);
  }

  async traceScope(id: string, walk: TraceWalk) {
    return this.queries.traceScope(id, walk);
  }

  async relationFacts(ids: string[]) {
    return this.queries.relationFacts(ids);
  }

  async factRelations(facts: Pick<Fact, 'type' | 'start' | 'end'>[], perFact: number) {
    return this.queries.factRelations(facts, perFact);
  }

  async relationGraph() {
    return this.queries.relationGraph();
  }

  async documentEntities(doc: string) {
    return this.queries.documentEntities(doc);
  }

  async entitiesByLabel(label: EntityLabel) {
    return this.queries.entitiesByLabel(label);
  }

  async readCypher(): Promise<never> {
    throw new UnsupportedOperationError('Cypher needs the Neo4j store (KG_STORE=neo4j)');
  }

  async stats(): Promise<GraphStats> {
    const entities = Object.fromEntries(ENTITY_LABELS.map((l) => [l, 0])) as GraphStats['entities'];
    const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as GraphStats['relations'];
    let documents = 0;
    let chunks = 0;
    let mentions = 0;
    this.graph.forEachNode((_, a) => {
      if (a.label === 'Document') documents++;
      else if (a.label === 'Chunk') chunks++;
      else entities[a.label]++;
    });
    this.graph.forEachEdge((_, a) => {
      if (a.type === 'MENTIONED_IN') mentions++;
      else if (a.type in relations) relations[a.type as keyof GraphStats['relations']]++;
    });
    return { documents, chunks, entities, relations, mentions };
  }

  async *exportAll(): AsyncIterable<ExportRecord> {
    const records: ExportRecord[] = [];
    this.graph.forEachNode((id, a) => {
      const properties = isEntity(a)
        ? { name: a.entity.name, aliases: a.entity.aliases, docs: a.entity.docs, ...a.entity.props }
        : a.properties;
      records.push({ type: 'node', id, labels: [a.label], properties });
    });
    this.graph.forEachEdge((id, a, source, target) => {
      records.push({ type: 'relationship', id, label: a.type, start: { id: source }, end: { id: target }, properties: a.properties });
    });
    records.sort(compareExport);
    yield* records;
  }
}
