import { ENTITY_LABELS, RELATION_TYPES } from '../../core/ontology.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver, type Node, type Record as Neo4jRecord } from 'neo4j-driver';
import { budgetExceeded, remainingBudget } from '../../core/budget.ts';
import { byId, pageDocuments, TRACE_DEPTH } from './query-rules.ts';
import { entityLabel, REVISION } from './neo4j-writer.ts';
import {
  QueryRefusedError,
  QueryTimeoutError,
  type CypherLimits,
  type CypherResult,
  type EntityNode,
  type EntityPage,
  type EntitySearch,
  type ExpandStep,
  type Fact,
  type NeighbourWalk,
  type RelationEdge,
  type RelationPage,
  type Scope,
  type Subgraph,
  type TraceWalk,
} from '../../core/store.ts';

const QUERY_DIR = join(import.meta.dirname, '..', '..', 'cypher', 'queries');
const loaded = new Map<string, string>();

/** A named query from cypher/queries/<name>.cypher, read once. */
export function loadQuery(name: string): string {
  let text = loaded.get(name);
  if (text === undefined) {
    text = readFileSync(join(QUERY_DIR, `${name}.cypher`), 'utf8');
    loaded.set(name, text);
  }
  return text;
}

/** A bounded walk of `levels` levels whose steps are the named step query: walk_start, then walk_level once a level, then walk_end. */
export function walkQuery(step: string, levels: number): string {
  const key = `${step}*${levels}`;
  const cached = loaded.get(key);
  if (cached !== undefined) return cached;
  const level = loadQuery('walk_level').replace('// STEPS', loadQuery(step).trim().split('\n').join('\n  '));
  const text = [loadQuery('walk_start'), ...Array.from({ length: levels }, () => level), loadQuery('walk_end')].join('');
  loaded.set(key, text);
  return text;
}

const toNumber = (value: unknown): number => (neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : (value as number));

/**
 * A relation as every query returns it: one list, [id, type, start, end, doc,
 * evidence, spanStart, spanEnd, confidence, rule]. Lists, not maps: the driver
 * decodes a hub's thousands of relations markedly faster without the keys.
 */
export function relationFrom(list: unknown[]): RelationEdge {
  const [id, type, start, end, doc, evidence, spanStart, spanEnd, confidence, rule] = list;
  return {
    id: id as string,
    type: type as RelationEdge['type'],
    start: start as string,
    end: end as string,
    doc: doc as string,
    evidence: evidence as string,
    spanStart: toNumber(spanStart),
    spanEnd: toNumber(spanEnd),
    confidence: toNumber(confidence),
    rule: rule as string,
  };
}

/** JSON for any value Cypher returns: integers as numbers, nodes, relationships and paths as plain objects, temporal values as ISO text. */
export function cypherValueToJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as unknown as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (neo4j.isNode(value as object)) {
    const node = value as Node;
    return { labels: node.labels, properties: cypherValueToJson(node.properties) };
  }
  if (neo4j.isRelationship(value as object)) {
    const rel = value as { type: string; properties: object };
    return { type: rel.type, properties: cypherValueToJson(rel.properties) };
  }
  if (neo4j.isPath(value as object)) {
    const path = value as { segments: { start: unknown; relationship: unknown; end: unknown }[]; start: unknown };
    return { start: cypherValueToJson(path.start), segments: path.segments.map((s) => cypherValueToJson(s)) };
  }
  if (Array.isArray(value)) return value.map(cypherValueToJson);
  if (typeof value === 'object') {
    const ctor = (value as object).constructor?.name;
    if (ctor && ctor !== 'Object') return String(value); // Date, DateTime, Duration, Point…
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherValueToJson(v)]));
  }
  return value;
}

const int = (n: number) => neo4j.int(n);

/** Two or more characters of the CJK Unified Ideographs block: text the `cjk` analyzer turns into bigrams only. */
const HAN_TEXT = /^[\u4e00-\u9fff]{2,}$/;
const bigrams = (text: string) => Array.from({ length: text.length - 1 }, (_, i) => text.slice(i, i + 2));

const REFUSED = /^Neo\.ClientError\.(Statement\.AccessMode|Security\.Forbidden)/;
const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;
const INVALID = /^Neo\.ClientError\.(Statement|Procedure|Schema|Request)\./;

/** Neo4j's refusals as the store's errors; anything else (connection lost…) unchanged. */
function cypherError(error: unknown): unknown {
  const { code, message } = error as { code?: string; message?: string };
  const text = (message ?? '').split('\n')[0];
  if (code && REFUSED.test(code)) return new QueryRefusedError(`read-only endpoint: Neo4j refused a write (${text})`);
  if (code && TIMED_OUT.test(code)) return new QueryTimeoutError(`the query ran past its time limit (${text})`);
  if (code && INVALID.test(code)) return new QueryRefusedError(`invalid query: ${text}`, 'invalid_query');
  return error;
}

/**
 * The query methods of the GraphStore interface on Neo4j, each a named Cypher
 * file; the Neo4j store delegates to this. `toEntity` is the store's own
 * reading of an entity node, so both agree on its properties.
 */
export class Neo4jQueries {
  constructor(
    private readonly driver: Driver,
    private readonly toEntity: (row: Record<string, unknown>) => EntityNode,
    private readonly database?: string,
  ) {}

  /**
   * A query in a read transaction. Inside a request's time budget the
   * transaction gets the time left as its timeout, and running out is the
   * budget's error.
   */
  private async read(text: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
    const left = remainingBudget();
    if (left !== undefined && left <= 0) throw budgetExceeded();
    try {
      const { records } = await this.driver.executeQuery(
        text,
        { entityLabels: [...ENTITY_LABELS], types: [...RELATION_TYPES], ...params },
        {
          database: this.database,
          routing: neo4j.routing.READ,
          // A single server shows every committed write; causal bookmarks cost each read a round of bookkeeping.
          bookmarkManager: null,
          transactionConfig: left === undefined ? undefined : { timeout: Math.max(1, Math.ceil(left)) },
        },
      );
      return records;
    } catch (error) {
      if (left !== undefined && TIMED_OUT.test((error as { code?: string }).code ?? '')) throw budgetExceeded();
      throw error;
    }
  }

  /**
   * Runs every read query of the API once with an id that names nothing, so
   * that the server has planned and compiled them before the first request
   * needs them: a trace's walk takes seconds to plan on a busy machine, and a
   * plan is then cached for as long as the server runs.
   */
  async warmUp(): Promise<void> {
    // Through the methods themselves, so that the parameters (and so the cached plans) are those of real requests,
    // and from a policy with relations when there is one, so that every step of the plans runs once.
    const [sample] = await this.read('MATCH (p:Policy)-[:PART_OF|IMPLEMENTS|ISSUED]-() RETURN p.id AS id LIMIT 1', {});
    const none = '\u0000warm-up';
    const id = (sample?.get('id') as string | undefined) ?? none;
    const types = [...RELATION_TYPES];
    // An id that names nothing takes other branches of the walks, compiled on their first use.
    for (const root of [id, none]) {
      await this.traceScope(root, { depth: TRACE_DEPTH, perNode: 2, maxNodes: 50 });
      for (const depth of [1, 2, 3]) await this.neighbourhood(root, { depth, types, perNode: 2, maxNodes: 50 });
      await this.entityPage(root, { types, limit: 1, offset: 0 });
    }
    await this.expand([id], { types, direction: 'both', perNode: 1 });
    await this.expand([id], { types, direction: 'both' });
    const facts = await this.relationFacts([id]);
    await this.factRelations(facts.slice(0, 1), 1);
    for (const needle of ['x', '知识产权']) await this.searchEntities({ limit: 1, offset: 0 }, needle);
  }

  /** The `value` of the store's revision node (see GraphStore.revision); "none" before the first write. */
  async revision(): Promise<string> {
    const [record] = await this.read(`MATCH (r:${REVISION} {id: 'graph'}) RETURN r.value AS value`, {});
    return (record?.get('value') as string | undefined) ?? 'none';
  }

  /** Entities as rows list them, each once, sorted by id. */
  private entities(rows: Record<string, unknown>[]): EntityNode[] {
    const nodes = new Map<string, EntityNode>();
    for (const row of rows) if (!nodes.has(row.id as string)) nodes.set(row.id as string, this.toEntity(row));
    return [...nodes.values()].sort(byId);
  }

  /** Relations as rows list them, each once, sorted by id. */
  private relations(rows: unknown[][]): RelationEdge[] {
    const edges = new Map<string, RelationEdge>();
    for (const row of rows) if (!edges.has(row[0] as string)) edges.set(row[0] as string, relationFrom(row));
    return [...edges.values()].sort(byId);
  }

  async expand(ids: string[], step: ExpandStep): Promise<Subgraph & { capped: boolean }> {
    if (!ids.length || !step.types.length) return { nodes: [], edges: [], capped: false };
    const [record] = await this.read(loadQuery('expand'), {
      ids,
      types: step.types,
      direction: step.direction,
      labels: step.labels ?? null,
      perNode: step.perNode === undefined ? null : int(step.perNode),
    });
    return { nodes: this.entities(record.get('nodes')), edges: this.relations(record.get('edges')), capped: record.get('capped') as boolean };
  }

  /**
   * The lookup of the API in one read, ranked in Cypher as searchEntityList
   * ranks. A text of Han characters finds its candidates through the full-text
   * index on the lookup keys (every key containing it holds all its bigrams);
   * any other text scans the keys.
   */
  async searchEntities(query: EntitySearch, needle: string): Promise<{ total: number; items: EntityNode[] }> {
    const indexed = HAN_TEXT.test(needle);
    const candidates = indexed ? 'entity_lookup_indexed' : 'entity_lookup';
    const [record] = await this.read(loadQuery(candidates) + loadQuery('entity_rank'), {
      terms: indexed ? bigrams(needle).join(' AND ') : null,
      needle,
      label: query.label ?? null,
      offset: int(query.offset),
      limit: int(query.limit),
    });
    return { total: toNumber(record.get('total')), items: (record.get('items') as Record<string, unknown>[]).map(this.toEntity) };
  }

  async entityPage(id: string, page: RelationPage): Promise<EntityPage | null> {
    if (!page.types.length) page = { ...page, types: [...RELATION_TYPES] };
    const [record] = await this.read(loadQuery('entity_page'), { ids: [id], types: page.types, offset: int(page.offset), limit: int(page.limit) });
    if (!record) return null;
    const entity = this.toEntity(record.get('n'));
    const counts: EntityPage['counts'] = {};
    const edges: RelationEdge[] = [];
    const others = new Map<string, EntityPage['others'][number]>();
    for (const [type, total, relations] of (record.get('groups') as [RelationEdge['type'], unknown, [unknown[], string, string[], string][]][]).sort(([a], [b]) => (a < b ? -1 : 1))) {
      counts[type] = toNumber(total);
      for (const [relation, otherId, labels, name] of relations) {
        edges.push(relationFrom(relation));
        others.set(otherId, { id: otherId, label: entityLabel(labels), name });
      }
    }
    const titles = new Map(record.get('documents') as [string, string][]);
    return {
      entity,
      counts,
      edges,
      others: [...others.values()].sort(byId),
      documents: pageDocuments(record.get('paged') as string[], edges).map((doc) => ({ id: doc, title: titles.get(doc) ?? doc })),
    };
  }

  private async walk(id: string, step: string, levels: number, params: Record<string, unknown>): Promise<Scope> {
    const [record] = await this.read(walkQuery(step, levels), { ids: [id], ...params });
    if (!record) return { nodes: [], edges: [], capped: false };
    return { nodes: this.entities(record.get('nodes')), edges: this.relations(record.get('edges')), capped: record.get('capped') as boolean };
  }

  neighbourhood(id: string, { depth, types, labels, perNode, maxNodes }: NeighbourWalk): Promise<Scope> {
    return this.walk(id, 'neighbour_step', depth, { rootLabel: null, types, labels: labels ?? null, perNode: int(perNode), maxNodes: int(maxNodes) });
  }

  traceScope(id: string, { depth, perNode, maxNodes }: TraceWalk): Promise<Scope> {
    return this.walk(id, 'trace_step', depth, { rootLabel: 'Policy', perNode: int(perNode), maxNodes: int(maxNodes) });
  }

  async relationFacts(ids: string[]): Promise<Fact[]> {
    if (!ids.length) return [];
    const [record] = await this.read(loadQuery('relation_facts'), { ids });
    return (record.get('facts') as [string, Fact['type'], string, string, unknown][])
      .map(([id, type, start, end, count]) => ({ id, type, start, end, count: toNumber(count) }))
      .sort(byId);
  }

  async factRelations(facts: Pick<Fact, 'type' | 'start' | 'end'>[], perFact: number): Promise<RelationEdge[]> {
    if (!facts.length) return [];
    const [record] = await this.read(loadQuery('fact_relations'), { facts: facts.map(({ type, start, end }) => ({ type, start, end })), perFact: int(perFact) });
    return this.relations(record.get('edges'));
  }

  async relationGraph(): Promise<Subgraph> {
    const [nodes, edges] = await Promise.all([this.read(loadQuery('relation_graph_nodes'), {}), this.read(loadQuery('relation_graph_edges'), {})]);
    return { nodes: nodes.map((r) => this.toEntity(r.get('n'))).sort(byId), edges: edges.map((r) => relationFrom(r.get('relation'))).sort(byId) };
  }

  async documentEntities(doc: string): Promise<EntityNode[]> {
    const records = await this.read(loadQuery('document_entities'), { doc });
    return records.map((r) => this.toEntity(r.get('n'))).sort(byId);
  }

  /**
   * User Cypher in a READ session (Neo4j refuses writes there), inside an
   * explicit transaction with a timeout that is always rolled back; at most
   * `rowLimit` rows are read, the rest discarded.
   */
  async readCypher(query: string, params: Record<string, unknown>, { timeoutMs, rowLimit }: CypherLimits): Promise<CypherResult> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const tx = session.beginTransaction({ timeout: timeoutMs });
    try {
      const rows: Record<string, unknown>[] = [];
      let columns: string[] = [];
      let truncated = false;
      const result = tx.run(query, params);
      for await (const record of result) {
        if (rows.length === rowLimit) {
          truncated = true;
          break;
        }
        columns = record.keys as string[];
        rows.push(Object.fromEntries(columns.map((key) => [key, cypherValueToJson(record.get(key))])));
      }
      if (!rows.length) columns = (await result.keys()) as string[];
      return { columns, rows, truncated };
    } catch (error) {
      throw cypherError(error);
    } finally {
      await tx.rollback().catch(() => {});
      await session.close();
    }
  }
}
