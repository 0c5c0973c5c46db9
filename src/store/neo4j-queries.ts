import { ENTITY_LABELS, RELATION_TYPES } from '../../core/ontology.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver, type Node, type Record as Neo4jRecord } from 'neo4j-driver';
import { byId, matchesOutcome, sortPaths } from './query-rules.ts';
import {
  QueryRefusedError,
  QueryTimeoutError,
  type CypherLimits,
  type CypherResult,
  type EntityNode,
  type ExpandStep,
  type OutcomeFilter,
  type RelationEdge,
  type Subgraph,
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

  private async read(name: string, params: Record<string, unknown>): Promise<Neo4jRecord[]> {
    const { records } = await this.driver.executeQuery(
      loadQuery(name),
      { entityLabels: [...ENTITY_LABELS], types: [...RELATION_TYPES], ...params },
      { database: this.database, routing: neo4j.routing.READ },
    );
    return records;
  }

  async expand(ids: string[], step: ExpandStep): Promise<Subgraph> {
    if (!ids.length || !step.types.length) return { nodes: [], edges: [] };
    const [record] = await this.read('expand', { ids, types: step.types, direction: step.direction, labels: step.labels ?? null });
    const nodes = new Map<string, EntityNode>();
    for (const row of record.get('nodes') as Record<string, unknown>[]) {
      if (!nodes.has(row.id as string)) nodes.set(row.id as string, this.toEntity(row));
    }
    const edges = (record.get('edges') as unknown[][]).map(relationFrom);
    return { nodes: [...nodes.values()].sort(byId), edges: edges.sort(byId) };
  }

  async outcomes(filter: OutcomeFilter): Promise<EntityNode[]> {
    const records = await this.read('outcomes', {});
    return records
      .map((r) => ({ outcome: this.toEntity(r.get('o')), regions: (r.get('regions') as Record<string, unknown>[]).map(this.toEntity) }))
      .filter(({ outcome, regions }) => matchesOutcome(outcome, regions, filter))
      .map(({ outcome }) => outcome)
      .sort(byId);
  }

  async shortestPaths(from: string, to: string, maxHops: number): Promise<RelationEdge[][]> {
    if (from === to) return [];
    const records = await this.read('shortest_paths', { from, to, maxHops: neo4j.int(maxHops) });
    return sortPaths(records.map((r) => (r.get('edges') as unknown[][]).map(relationFrom)));
  }

  async relationGraph(): Promise<Subgraph> {
    const [nodes, edges] = await Promise.all([this.read('relation_graph_nodes', {}), this.read('relation_graph_edges', {})]);
    return { nodes: nodes.map((r) => this.toEntity(r.get('n'))).sort(byId), edges: edges.map((r) => relationFrom(r.get('relation'))).sort(byId) };
  }

  async documentEntities(doc: string): Promise<EntityNode[]> {
    const records = await this.read('document_entities', { doc });
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
