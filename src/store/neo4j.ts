import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from '../../core/ontology.ts';
import { assertDistinctIds, type DocumentGraph, type DocumentRecord, type PropertyValue } from '../../core/records.ts';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jQueries } from './neo4j-queries.ts';
import { Neo4jSearch } from './neo4j-search.ts';
import { NEO4J_PASSWORD_FILE } from '../config.ts';
import { Neo4jTurns } from './neo4j-turns.ts';
import { BUMP_REVISION, DocumentWriter, ENTITIES, ENTITY, ENTITY_PROJECTION, entityLabel, FACETS, KEYS, nameKeysOf } from './neo4j-writer.ts';
import { normalizeName } from '../../core/names.ts';
import { entitiesNamed } from './query-rules.ts';
import { compareExport, documentProperties } from './rows.ts';
import type {
  ChunkDetail,
  CypherLimits,
  CypherResult,
  DocumentSummary,
  EntityNode,
  EntityPage,
  EntitySearch,
  ExpandStep,
  ExportRecord,
  Fact,
  GraphStats,
  GraphStore,
  NamedEntity,
  NeighbourWalk,
  PassageRelations,
  PassageScope,
  RelationEdge,
  RelationPage,
  ScoredChunk,
  Scope,
  StoreHealth,
  Subgraph,
  TraceWalk,
  WriteResult,
} from '../../core/store.ts';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  /** Null when none is configured: open() then says where to set one. */
  password: string | null;
  /** Defaults to the server's default database. */
  database?: string;
  /** Rows per `UNWIND` statement. */
  batchSize?: number;
}

/** A write found nothing to do: its transaction is rolled back (it may have created an empty node to lock). */
class Unchanged extends Error {}

/** Attempts of a document's transaction when Neo4j reports a transient error (a deadlock between concurrent writers). */
const WRITE_ATTEMPTS = 5;

const isTransient = (error: unknown) => /^Neo\.TransientError\./.test((error as { code?: string }).code ?? '');

/** Bounds every wait on an unreachable server: a clear failure within about 2 s. */
const TIMEOUT_MS = 2000;
/**
 * Connections to the server: four per local core, at least 16. Under 50
 * concurrent HTTP clients, 8 to 16 connections served the bench's reads 2-3
 * times faster than the driver's default of 100, which has the server work on
 * every query at once; requests that need several reads (paths, search) queue
 * less with 16 than with 8. Requests beyond the pool wait their turn.
 */
export const POOL_SIZE = Math.max(16, 4 * availableParallelism());
const ACQUISITION_TIMEOUT_MS = 10_000;
const DEFAULT_BATCH_SIZE = 2000;
/** Lucene refuses a query of more than 1,024 clauses. */
const KEY_TERMS_PER_QUERY = 500;
/** A key as one exact term of the lookup keys in a Lucene query (the index's keyword analyzer keeps each key whole). */
const luceneTerm = (key: string) => `${KEYS}:"${key.replace(/[\\"]/g, '\\$&')}"`;
const SCHEMA_FILE = join(import.meta.dirname, '..', '..', 'cypher', 'schema.cypher');

// Export key order of chunks and relationships, as src/store/rows.ts builds them (the parity test checks it).
const CHUNK_KEYS = ['doc', 'index', 'text', 'start', 'end', 'sectionPath'];
const EDGE_KEYS = ['doc', 'spans', 'surfaces', 'evidence', 'spanStart', 'spanEnd', 'confidence', 'rule'];

/** The statements of cypher/schema.cypher: `//` comments dropped, split at `;` ending a line. */
export function schemaStatements(text = readFileSync(SCHEMA_FILE, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

const plain = (value: unknown): PropertyValue =>
  neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Array.isArray(value) ? (value.map(plain) as PropertyValue) : (value as PropertyValue);

/** Properties in `keys` order, then any others by name; `id` and internal ones (`_…`, `embedding`) left out. */
function ordered(properties: Record<string, unknown>, keys: string[]): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const key of keys) if (key in properties) out[key] = plain(properties[key]);
  for (const key of Object.keys(properties).sort()) {
    if (!(key in out) && key !== 'id' && key !== 'embedding' && !key.startsWith('_')) out[key] = plain(properties[key]);
  }
  return out;
}

/**
 * An entity as the queries return it: the node's merged view (written by the
 * writer from its facets, as the embedded store merges them) projected with
 * ENTITY_PROJECTION, so the facets and lookup keys are not sent with every read.
 */
export function entityFromRow(row: Record<string, unknown>): EntityNode {
  const { id, name, aliases, docs, docCount, _labels, ...rest } = row;
  const props: Record<string, PropertyValue> = {};
  for (const key of Object.keys(rest).sort()) if (!key.startsWith('_') && rest[key] !== null && rest[key] !== undefined) props[key] = plain(rest[key]);
  const listed = (docs as string[]) ?? [];
  return { id: id as string, label: entityLabel(_labels as string[]), name: name as string, aliases: (aliases as string[]) ?? [], docs: listed, docCount: docCount == null ? listed.length : (plain(docCount) as number), props };
}

/** One line saying why the server cannot be used. */
function describe(error: unknown, uri: string, user: string): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return `Neo4j at ${uri} rejected user "${user}": check NEO4J_USER and NEO4J_PASSWORD`;
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return `Neo4j is not reachable at ${uri}: start it with "npm run neo4j" or set NEO4J_URI`;
  }
  return `Neo4j at ${uri} failed: ${(message ?? String(error)).split('\n')[0]}`;
}

/** Two stores opening at once may both create the same index; the loser's error is no failure. */
function ignoreConcurrentCreation(error: { code?: string }): void {
  if (!/^Neo\.ClientError\.Schema\.(EquivalentSchemaRule|Constraint|Index)AlreadyExists$/.test(error.code ?? '')) throw error;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ServiceUnavailable' })), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The graph store on a Neo4j server (`KG_STORE=neo4j`). Each document is
 * written in one transaction, in batches of `UNWIND $rows … MERGE` on the
 * constrained ids; entity nodes keep each document's facet so that replacing
 * or deleting a document recomputes them exactly as the embedded store does.
 * The driver reconnects by itself, so the store recovers when the server returns.
 */
export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly queries: Neo4jQueries;
  private readonly search: Neo4jSearch;
  private readonly batchSize: number;

  constructor(private readonly options: Neo4jStoreOptions) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password ?? ''), {
      connectionTimeout: TIMEOUT_MS,
      maxTransactionRetryTime: TIMEOUT_MS,
      maxConnectionPoolSize: POOL_SIZE,
      connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
      logging: { level: 'error', logger: () => {} },
    });
    this.queries = new Neo4jQueries(this.driver, entityFromRow, options.database);
    this.search = new Neo4jSearch(this.driver, entityFromRow, options.database);
  }

  /** Checks the server and applies cypher/schema.cypher; throws one clear line when it cannot. */
  async open(): Promise<void> {
    if (this.options.password === null) {
      await this.driver.close();
      throw new Error(
        `no password for Neo4j at ${this.options.uri}: set NEO4J_PASSWORD, or start a local server with "npm run neo4j", which generates one in the data directory (${NEO4J_PASSWORD_FILE})`,
      );
    }
    try {
      await withTimeout(this.driver.verifyConnectivity({ database: this.options.database }), TIMEOUT_MS);
      for (const statement of schemaStatements()) await this.run(statement).catch(ignoreConcurrentCreation);
      await this.run('CALL db.awaitIndexes(60)');
      await this.transaction(async (writer) => {
        if ((await writer.migrate()) > 0) await writer.bump();
      });
      await this.addMissingKeys();
    } catch (error) {
      await this.driver.close();
      throw new Error(describe(error, this.options.uri, this.options.user));
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  warmUp(): Promise<void> {
    return this.queries.warmUp();
  }

  /** The token every write of the store sets anew (BUMP_REVISION); "none" before the first. Within the request's time budget. */
  revision(): Promise<string> {
    return this.queries.revision();
  }

  /** Chunks of documents stored with embeddings that have none (kg doctor). */
  async chunksMissingVectors(): Promise<{ doc: string; chunk: string; text: string }[]> {
    const records = await this.run(
      `MATCH (d:Document)-[:HAS_CHUNK]->(c:Chunk) WHERE d.revision ENDS WITH ':embedded' AND c.embedding IS NULL
       RETURN d.id AS doc, c.id AS chunk, c.text AS text ORDER BY c.id`,
    );
    return records.map((r) => ({ doc: r.get('doc'), chunk: r.get('chunk'), text: r.get('text') }));
  }

  /** Sets chunk embeddings (kg doctor --repair). */
  async addVectors(vectors: Map<string, ArrayLike<number>>): Promise<void> {
    const rows = [...vectors].map(([id, vector]) => ({ id, vector: Array.from(vector) }));
    for (let i = 0; i < rows.length; i += this.batchSize) {
      await this.run(`UNWIND $rows AS row MATCH (c:Chunk {id: row.id}) SET c.embedding = row.vector WITH count(*) AS set ${BUMP_REVISION}`, {
        rows: rows.slice(i, i + this.batchSize),
      });
    }
  }

  /** Files a sharded ingest recorded as failed. */
  async ingestFailures(): Promise<{ id: string; reason: string }[]> {
    const records = await this.run('MATCH (f:IngestFailure) RETURN f.id AS id, f.reason AS reason ORDER BY f.id');
    return records.map((r) => ({ id: r.get('id'), reason: r.get('reason') }));
  }

  /** Turn-taking for one shard of `files` ingested side by side with the others (see Neo4jTurns). */
  turns(files: string[], shard: { index: number; count: number }, embed: boolean, onWait: (message: string) => void): Neo4jTurns {
    const seconds = Number(process.env.KG_LOCK_WAIT_SECONDS ?? 600);
    return new Neo4jTurns(this.driver, this.options.database, files, shard, embed, (Number.isFinite(seconds) ? seconds : 600) * 1000, onWait);
  }

  async health(): Promise<StoreHealth> {
    try {
      await withTimeout(this.driver.getServerInfo({ database: this.options.database }), TIMEOUT_MS);
      return { backend: this.backend, ok: true };
    } catch (error) {
      return { backend: this.backend, ok: false, detail: describe(error, this.options.uri, this.options.user) };
    }
  }

  private async run(cypher: string, params: Record<string, unknown> = {}) {
    const { records } = await this.driver.executeQuery(cypher, params, { database: this.options.database });
    return records;
  }

  /** Test seam: runs after every batch a document write sends, inside its transaction. */
  protected afterBatch(): void {}

  /**
   * Runs `work` in one write transaction: all of it is committed, or nothing.
   * A transient failure (a deadlock between concurrent writers) runs it again.
   */
  private async transaction<T>(work: (writer: DocumentWriter) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
      const tx = session.beginTransaction();
      try {
        const result = await work(new DocumentWriter(tx, this.batchSize, () => this.afterBatch()));
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        if (!isTransient(error) || attempt >= WRITE_ATTEMPTS) throw error;
      } finally {
        await session.close();
      }
    }
  }

  async writeDocument(graph: DocumentGraph): Promise<WriteResult> {
    assertDistinctIds(graph);
    return this.transaction(async (writer) => {
      const stored = await writer.lockDocument(graph.document.id);
      if (stored?.revision === graph.document.revision) {
        throw new Unchanged();
      }
      const kept = stored ? await writer.remove(graph.document.id, stored, graph) : new Set<string>();
      await writer.add(graph, kept);
      await writer.bump();
      return { status: stored ? 'replaced' : 'created' } as WriteResult;
    }).catch((error) => {
      if (error instanceof Unchanged) return { status: 'unchanged' } as WriteResult;
      throw error;
    });
  }

  async deleteDocument(id: string): Promise<boolean> {
    const records = await this.run('MATCH (d:Document {id: $id}) RETURN d.id', { id });
    if (records.length === 0) return false;
    return this.transaction(async (writer) => {
      const stored = await writer.lockDocument(id);
      if (!stored) throw new Unchanged();
      await writer.remove(id, stored);
      await writer.bump();
      return true;
    }).catch((error) => {
      if (error instanceof Unchanged) return false;
      throw error;
    });
  }

  private async documents(where: string, params: Record<string, unknown>, withText: boolean) {
    const records = await this.run(
      `MATCH (d:Document) ${where}
       RETURN d {.*, text: CASE WHEN $withText THEN d.text END, ${FACETS}: null, ${ENTITIES}: null} AS d, COUNT { (d)-[:HAS_CHUNK]->() } AS chunks ORDER BY d.id`,
      { ...params, withText },
    );
    return records.map((r) => {
      const p = r.get('d') as Record<string, unknown>;
      const summary: DocumentSummary = {
        id: p.id as string,
        title: p.title as string,
        path: p.path as string,
        sha256: p.sha256 as string,
        revision: p.revision as string,
        format: p.format as DocumentSummary['format'],
        date: (p.date as string | undefined) ?? null,
        chars: plain(p.chars) as number,
        chunks: plain(r.get('chunks')) as number,
        merges: (p.merges as string[] | undefined) ?? [],
      };
      return { summary, text: p.text as string };
    });
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return (await this.documents('', {}, false)).map((d) => d.summary);
  }

  async getDocument(id: string) {
    const [found] = await this.documents('WHERE d.id = $id', { id }, true);
    return found ? { ...found.summary, text: found.text } : null;
  }

  /** Entities (of one label, if given) with a lookup key that `where` accepts; the shared rules then rank them. */
  private async entitiesWhere(where: string, params: Record<string, unknown>, label?: EntityLabel, { all = false } = {}): Promise<EntityNode[]> {
    const records = await this.run(`MATCH (n:${label ?? ENTITY}) WHERE ${where} RETURN ${ENTITY_PROJECTION('n', { all })} AS n ORDER BY n.id`, params);
    return records.map((r) => entityFromRow(r.get('n')));
  }

  /**
   * Entities holding one of the names' lookup keys, each key sought in the
   * whole-term index (no scan of every entity). Their lists of documents are
   * not read: for hubs listed by 20,000 documents that read made the lookup
   * ~25x slower.
   */
  async findEntitiesByName(names: string[]): Promise<NamedEntity[]> {
    const keys = [...new Set(names.map(normalizeName).filter(Boolean))];
    const queries: string[] = [];
    for (let i = 0; i < keys.length; i += KEY_TERMS_PER_QUERY) queries.push(keys.slice(i, i + KEY_TERMS_PER_QUERY).map(luceneTerm).join(' OR '));
    if (queries.length === 0) return [];
    const records = await this.run(
      `UNWIND $queries AS query
       CALL db.index.fulltext.queryNodes('entity_key_terms', query) YIELD node
       WITH DISTINCT node AS n WHERE any(k IN n.${KEYS} WHERE k IN $keys)
       RETURN n.id AS id, n.name AS name, n.aliases AS aliases, labels(n) AS labels,
              [k IN keys(n) WHERE NOT k IN ['id', 'name', 'aliases', 'docs'] AND NOT k STARTS WITH '_' | [k, n[k]]] AS props
       ORDER BY id`,
      { queries, keys },
    );
    const rows = records.map((r) => ({ id: r.get('id'), name: r.get('name'), aliases: r.get('aliases'), _labels: r.get('labels'), ...Object.fromEntries(r.get('props')) }));
    return entitiesNamed(rows.map(entityFromRow), names);
  }

  /** Ranked in Cypher by the shared rules (cypher/queries/entity_lookup.cypher): the total and the page in one read. */
  async searchEntities(query: EntitySearch) {
    return this.queries.searchEntities(query, query.q ? normalizeName(query.q) : '');
  }

  /** Entities written before lookup keys existed get them, so lookups find every entity. */
  private async addMissingKeys(): Promise<void> {
    const records = await this.run(`MATCH (n:${ENTITY}) WHERE n.${KEYS} IS NULL RETURN n.id AS id, n.name AS name, n.aliases AS aliases`);
    const rows = records.map((r) => ({ id: r.get('id'), keys: nameKeysOf({ name: r.get('name'), aliases: r.get('aliases') ?? [] }) }));
    if (rows.length) await this.run(`UNWIND $rows AS row MATCH (n:${ENTITY} {id: row.id}) SET n.${KEYS} = row.keys WITH count(*) AS set ${BUMP_REVISION}`, { rows });
  }

  async entityDocuments(id: string): Promise<string[]> {
    const [record] = await this.run(`MATCH (n:${ENTITY} {id: $id}) RETURN n.docs AS docs`, { id });
    return (record?.get('docs') as string[] | null) ?? [];
  }

  async getEntity(id: string): Promise<EntityNode | null> {
    const [record] = await this.run(`MATCH (n:${ENTITY} {id: $id}) RETURN ${ENTITY_PROJECTION('n')} AS n`, { id });
    return record ? entityFromRow(record.get('n')) : null;
  }

  async relationsOf(id: string): Promise<RelationEdge[]> {
    const { edges } = await this.queries.expand([id], { types: [...RELATION_TYPES], direction: 'both' });
    return edges.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : 1));
  }

  vectorSearch(vector: Float32Array, k: number): Promise<ScoredChunk[]> {
    return this.search.vectorSearch(vector, k);
  }

  keywordSearch(q: string, k: number): Promise<ScoredChunk[]> {
    return this.search.keywordSearch(q, k);
  }

  getChunks(ids: string[]): Promise<ChunkDetail[]> {
    return this.search.getChunks(ids);
  }

  getEntities(ids: string[]): Promise<EntityNode[]> {
    return this.search.getEntities(ids);
  }

  passageRelations(passages: PassageScope[], limit: number): Promise<PassageRelations> {
    return this.search.passageRelations(passages, limit);
  }

  expand(ids: string[], step: ExpandStep): Promise<Subgraph> {
    return this.queries.expand(ids, step);
  }

  entityPage(id: string, page: RelationPage): Promise<EntityPage | null> {
    return this.queries.entityPage(id, page);
  }

  neighbourhood(id: string, walk: NeighbourWalk): Promise<Scope> {
    return this.queries.neighbourhood(id, walk);
  }

  traceScope(id: string, walk: TraceWalk): Promise<Scope> {
    return this.queries.traceScope(id, walk);
  }

  relationFacts(ids: string[]): Promise<Fact[]> {
    return this.queries.relationFacts(ids);
  }

  factRelations(facts: Pick<Fact, 'type' | 'start' | 'end'>[], perFact: number): Promise<RelationEdge[]> {
    return this.queries.factRelations(facts, perFact);
  }

  relationGraph(): Promise<Subgraph> {
    return this.queries.relationGraph();
  }

  documentEntities(doc: string): Promise<EntityNode[]> {
    return this.queries.documentEntities(doc);
  }

  entitiesByLabel(label: EntityLabel): Promise<EntityNode[]> {
    return this.entitiesWhere('true', {}, label);
  }

  readCypher(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResult> {
    return this.queries.readCypher(query, params, limits);
  }

  async stats(): Promise<GraphStats> {
    const labels = ['Document', 'Chunk', ...ENTITY_LABELS];
    const types = ['MENTIONED_IN', ...RELATION_TYPES];
    const [record] = await this.run(
      `RETURN ${[...labels.map((l) => `COUNT { (:${l}) } AS ${l}`), ...types.map((t) => `COUNT { ()-[:${t}]->() } AS ${t}`)].join(', ')}`,
    );
    const count = (key: string) => plain(record.get(key)) as number;
    return {
      documents: count('Document'),
      chunks: count('Chunk'),
      entities: Object.fromEntries(ENTITY_LABELS.map((l) => [l, count(l)])) as GraphStats['entities'],
      relations: Object.fromEntries(RELATION_TYPES.map((t) => [t, count(t)])) as GraphStats['relations'],
      mentions: count('MENTIONED_IN'),
    };
  }

  async *exportAll(): AsyncIterable<ExportRecord> {
    const records: ExportRecord[] = [];
    for (const r of await this.run('MATCH (d:Document) RETURN d {.*} AS p')) {
      const p = r.get('p') as Record<string, unknown>;
      const document = { ...p, date: p.date ?? null, merges: p.merges ?? [] } as DocumentRecord;
      records.push({ type: 'node', id: document.id, labels: ['Document'], properties: documentProperties({ document }) });
    }
    for (const r of await this.run('MATCH (c:Chunk) RETURN c {.*, embedding: null} AS p')) {
      const p = r.get('p') as Record<string, unknown>;
      records.push({ type: 'node', id: p.id as string, labels: ['Chunk'], properties: ordered(p, CHUNK_KEYS) });
    }
    for (const entity of await this.entitiesWhere('true', {}, undefined, { all: true })) {
      const properties = { name: entity.name, aliases: entity.aliases, docs: entity.docs, ...entity.props };
      records.push({ type: 'node', id: entity.id, labels: [entity.label], properties });
    }
    const edges = await this.run(
      `MATCH (a:Document|Chunk|${ENTITY})-[r]->(b:Document|Chunk|${ENTITY})
       RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS p`,
    );
    for (const r of edges) {
      const p = r.get('p') as Record<string, unknown>;
      records.push({
        type: 'relationship',
        id: p.id as string,
        label: r.get('type'),
        start: { id: r.get('start') },
        end: { id: r.get('end') },
        properties: ordered(p, EDGE_KEYS),
      });
    }
    records.sort(compareExport);
    yield* records;
  }
}
