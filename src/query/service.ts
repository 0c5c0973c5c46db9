import { RELATION_TYPES, type EntityLabel, type RelationType } from '../../core/ontology.ts';
import { normalizeName } from '../../core/names.ts';
import { basename, isAbsolute, relative, sep } from 'node:path';
import type { CypherResult, DocumentSummary, EntityNode, EntitySearch, Fact, GraphStore, OutcomeFilter, RelationEdge } from '../../core/store.ts';
import { byPlace, localExpand } from '../store/query-rules.ts';
import type { CentralityItem, Community } from './analytics.ts';
import { OverviewCache } from './overview.ts';
import { assertReadOnly } from './cypher-guard.ts';
import { eventsOf, placesOf, type EventsAnswer, type PlacesAnswer } from './linked.ts';
import { shortestFactPaths } from './paths.ts';
import { traceTree, TRACE_LIMITS, type TraceNode } from './trace.ts';
import {
  edgeView,
  entityRef,
  evidenceOf,
  otherEnd,
  relationView,
  type EdgeView,
  type EntityRef,
  type Evidence,
  type RelationView,
  type SubgraphView,
} from './views.ts';

export type { RelationView } from './views.ts';

/** The entity (or document) a request names does not exist. */
export class NotFoundError extends Error {}

export interface EntityDetail {
  entity: EntityNode;
  /** A page of the relations of each type, the strongest first. */
  relations: Partial<Record<RelationType, RelationView[]>>;
  /** How many relations of each type the entity has. */
  relationCounts: Partial<Record<RelationType, number>>;
  documents: { id: string; title: string }[];
}

export interface RelationPageQuery {
  types?: RelationType[];
  limit: number;
  offset: number;
}

export interface NeighborsQuery {
  depth: number;
  types?: RelationType[];
  labels?: EntityLabel[];
  limit: number;
  /** At most this many relations followed from each entity, the strongest first. */
  fanout: number;
}

export interface ImplementersAnswer {
  measure: EntityRef;
  implementers: { entity: EntityRef; evidence: RelationView[] }[];
}

export interface MeasureItem {
  entity: EntityNode;
  /** How the measure was reached: IMPLEMENTS from the implementer, PART_OF into the policy. */
  via: RelationView[];
  implementers: RelationView[];
}

export interface OutcomeItem extends EntityNode {
  /** PRODUCED / TARGETS from the measures, policies, platforms and events behind it; MEASURED_IN to its region. */
  relations: RelationView[];
}

/** A fact on a path: one relation type between two entities, with the evidence of the documents that state it (up to MAX_EVIDENCE). */
export interface PathEdge {
  id: string;
  type: RelationType;
  start: string;
  end: string;
  confidence: number;
  /** How many relations (documents' statements) the fact stands for. */
  support: number;
  evidence: Evidence[];
}

export interface PathView {
  length: number;
  nodes: EntityRef[];
  edges: PathEdge[];
}

export interface PathsAnswer {
  from: EntityRef;
  to: EntityRef;
  paths: PathView[];
  /** More shortest paths exist than the `k` returned. */
  truncated: boolean;
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  entities: EntityRef[];
}

export interface CypherRequest {
  query: string;
  params: Record<string, unknown>;
  limit: number;
}

const ALL_RELATIONS = [...RELATION_TYPES];
const CYPHER_TIMEOUT_MS = 5000;
/** Evidence listed per fact of a path; `support` says how many statements there are. */
const MAX_EVIDENCE = 10;
/** Relations followed from one entity by the linked views (implementers, measures, outcomes' sources). */
const LINK_FANOUT = 500;
/** The shortest tail of a query taken as a name when the whole query names nothing. */
const MIN_NAME_TAIL = 4;

/**
 * A document's path as answers show it: relative to `root` (the server's
 * working directory) when the file is under it, else its file name alone, so
 * answers do not reveal where the server keeps its files.
 */
export function publicPath(path: string, root: string): string {
  const inside = relative(root, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split(sep).join('/') : basename(path);
}

/** Answers for the API and the CLI, on whichever store it is given. */
export class QueryService {
  private readonly overview: OverviewCache;

  constructor(
    readonly store: GraphStore,
    private readonly documentRoot = process.cwd(),
  ) {
    this.overview = new OverviewCache(store);
  }

  async entity(id: string, labels?: EntityLabel[]): Promise<EntityNode> {
    const entity = await this.store.getEntity(id);
    if (!entity || (labels && !labels.includes(entity.label))) throw new NotFoundError(`${labels?.join(' or ') ?? 'entity'} ${id} not found`);
    return entity;
  }

  /**
   * Name and alias lookup. When nothing matches, the entities whose whole name
   * the query ends with, longest first: a query that names a thing more fully
   * than the text did (江海市“十六五”商标规划 for a graph that holds
   * “十六五”商标规划) still finds it.
   */
  async searchEntities(query: EntitySearch): Promise<{ total: number; items: EntityNode[] }> {
    const found = await this.store.searchEntities(query);
    if (found.total || !query.q) return found;
    const needle = normalizeName(query.q);
    const shortest = Math.max(MIN_NAME_TAIL, Math.ceil(needle.length / 2));
    const tails = Array.from({ length: Math.max(0, needle.length - shortest) }, (_, i) => needle.slice(i + 1));
    const named = (await this.store.findEntitiesByName(tails))
      .filter((e) => !query.label || e.label === query.label)
      .sort((a, b) => b.name.length - a.name.length || (a.id < b.id ? -1 : 1));
    const page = named.slice(query.offset, query.offset + query.limit);
    return { total: named.length, items: await this.store.getEntities(page.map((e) => e.id)) };
  }

  /** An entity named by id, or else by name: exact name or alias first, then the best partial match. */
  async resolve(ref: string, labels?: EntityLabel[]): Promise<EntityNode> {
    const byId = await this.store.getEntity(ref);
    if (byId && (!labels || labels.includes(byId.label))) return byId;
    const { items } = await this.searchEntities({ q: ref, limit: 50, offset: 0 });
    const wanted = normalizeName(ref);
    const fitting = items.filter((e) => !labels || labels.includes(e.label));
    const exact = fitting.find((e) => [e.name, ...e.aliases].some((n) => normalizeName(n) === wanted));
    const found = exact ?? fitting[0];
    if (!found) throw new NotFoundError(`no ${labels?.join(' or ') ?? 'entity'} with id or name "${ref}"`);
    return found;
  }

  /** An entity with a page of its relations of each type (the strongest first) and how many there are: one store read, however many relations a hub has. */
  async entityDetail(id: string, page: RelationPageQuery = { limit: 50, offset: 0 }): Promise<EntityDetail> {
    const found = await this.store.entityPage(id, { types: page.types ?? ALL_RELATIONS, limit: page.limit, offset: page.offset });
    if (!found) throw new NotFoundError(`entity ${id} not found`);
    const others = new Map(found.others.map((o) => [o.id, o]));
    const relations: EntityDetail['relations'] = {};
    for (const edge of found.edges) {
      const other = others.get(otherEnd(edge, id))!;
      (relations[edge.type] ??= []).push(relationView(edge, id, other));
    }
    return { entity: found.entity, relations, relationCounts: found.counts, documents: found.documents };
  }

  /**
   * Breadth-first, stopping at `limit` nodes, over the subgraph one bounded
   * store read gathers: at most `fanout` relations followed from each entity.
   * `truncated` when the node limit or a fan-out cap left something out.
   */
  async neighbors(id: string, query: NeighborsQuery): Promise<SubgraphView & { root: string; truncated: boolean }> {
    const types = query.types ?? ALL_RELATIONS;
    const scope = await this.store.neighbourhood(id, { depth: query.depth, types, labels: query.labels, perNode: query.fanout, maxNodes: query.limit });
    const root = scope.nodes.find((n) => n.id === id);
    if (!root) throw new NotFoundError(`entity ${id} not found`);
    const nodes = new Map([[root.id, root]]);
    const edges = new Map<string, EdgeView>();
    let frontier = [root.id];
    let full = false;
    for (let level = 0; level < query.depth && frontier.length && !full; level++) {
      const step = localExpand(scope, frontier, { types, direction: 'both', labels: query.labels, perNode: query.fanout });
      const found = new Map(step.nodes.map((n) => [n.id, n]));
      frontier = [];
      for (const edge of step.edges) {
        for (const end of [edge.start, edge.end]) {
          if (nodes.has(end)) continue;
          if (nodes.size >= query.limit) {
            full = true;
            break;
          }
          nodes.set(end, found.get(end)!);
          frontier.push(end);
        }
        if (nodes.has(edge.start) && nodes.has(edge.end)) edges.set(edge.id, edgeView(edge));
      }
    }
    return { root: root.id, nodes: [...nodes.values()], edges: [...edges.values()], truncated: scope.capped || full };
  }

  async events(id: string): Promise<EventsAnswer> {
    return eventsOf(this.store, await this.entity(id));
  }

  async places(id: string): Promise<PlacesAnswer> {
    return placesOf(this.store, await this.entity(id));
  }

  async implementers(measureRef: string): Promise<ImplementersAnswer> {
    const measure = await this.resolve(measureRef, ['Measure', 'Policy']);
    const { nodes, edges } = await this.store.expand([measure.id], { types: ['IMPLEMENTS'], direction: 'in', perNode: LINK_FANOUT });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const grouped = new Map<string, RelationView[]>();
    for (const edge of edges) grouped.set(edge.start, [...(grouped.get(edge.start) ?? []), relationView(edge, measure.id, byId.get(edge.start)!)]);
    return {
      measure: entityRef(measure),
      implementers: [...grouped.entries()].map(([id, evidence]) => ({ entity: entityRef(byId.get(id)!), evidence })),
    };
  }

  /** Measures the implementer carries out and/or that belong to the policy, each with its implementers. */
  async measures(filter: { implementer?: string; policy?: string }): Promise<{ implementer?: EntityRef; policy?: EntityRef; items: MeasureItem[] }> {
    const implementer = filter.implementer ? await this.resolve(filter.implementer, ['Institution']) : undefined;
    const policy = filter.policy ? await this.resolve(filter.policy, ['Policy']) : undefined;
    const via = new Map<string, RelationView[]>();
    const measures = new Map<string, EntityNode>();
    const reach = async (from: EntityNode, step: Parameters<GraphStore['expand']>[1]) => {
      const { nodes, edges } = await this.store.expand([from.id], { ...step, perNode: LINK_FANOUT });
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const reached = new Map<string, RelationView[]>();
      for (const edge of edges) {
        const far = byId.get(otherEnd(edge, from.id))!;
        measures.set(far.id, far);
        reached.set(far.id, [...(reached.get(far.id) ?? []), relationView(edge, far.id, from)]);
      }
      return reached;
    };
    const sets: Map<string, RelationView[]>[] = [];
    if (implementer) sets.push(await reach(implementer, { types: ['IMPLEMENTS'], direction: 'out', labels: ['Measure', 'Policy'] }));
    if (policy) sets.push(await reach(policy, { types: ['PART_OF'], direction: 'in', labels: ['Measure', 'Policy'] }));
    for (const id of sets[0]?.keys() ?? []) {
      if (sets.every((s) => s.has(id))) via.set(id, sets.flatMap((s) => s.get(id)!));
    }
    const ids = [...via.keys()].sort();
    const { nodes, edges } = await this.store.expand(ids, { types: ['IMPLEMENTS'], direction: 'in', labels: ['Institution'], perNode: LINK_FANOUT });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return {
      implementer: implementer && entityRef(implementer),
      policy: policy && entityRef(policy),
      items: ids.map((id) => ({
        entity: measures.get(id)!,
        via: via.get(id)!,
        implementers: edges.filter((e) => e.end === id).map((e) => relationView(e, id, byId.get(e.start)!)),
      })),
    };
  }

  /** The policy's downstream tree, built over the subgraph one bounded store read gathers. */
  async trace(policyId: string): Promise<TraceNode> {
    const scope = await this.store.traceScope(policyId, TRACE_LIMITS);
    const root = scope.nodes.find((n) => n.id === policyId);
    if (root?.label !== 'Policy') throw new NotFoundError(`Policy ${policyId} not found`);
    return traceTree(async (ids, step) => localExpand(scope, ids, step), root);
  }

  async outcomes(filter: OutcomeFilter, page: { limit: number; offset: number }): Promise<{ total: number; items: OutcomeItem[] }> {
    const all = (await this.overview.get()).outcomes(filter);
    const slice = all.slice(page.offset, page.offset + page.limit);
    const ids = slice.map((o) => o.id);
    // What produced or targets each outcome (relations into it) and where it was measured (out of it): the ontology allows no other direction.
    const { nodes, edges } = await this.store.expand(ids, { types: ['PRODUCED', 'TARGETS', 'MEASURED_IN'], direction: 'both', perNode: LINK_FANOUT });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return {
      total: all.length,
      items: slice.map((outcome) => ({
        ...outcome,
        relations: edges
          .filter((e) => e.start === outcome.id || e.end === outcome.id)
          .map((e) => relationView(e, outcome.id, byId.get(otherEnd(e, outcome.id))!)),
      })),
    };
  }

  /**
   * The first `k` shortest paths between two entities, ignoring direction,
   * over facts: the relations of one type between two entities count once,
   * with the evidence of the documents that state them.
   */
  async paths(fromRef: string, toRef: string, maxHops: number, k = 20): Promise<PathsAnswer> {
    const from = await this.resolve(fromRef);
    const to = await this.resolve(toRef);
    const found = await shortestFactPaths((ids) => this.store.relationFacts(ids), from.id, to.id, maxHops, k);
    const facts = new Map(found.paths.flat().map((f) => [f.id, f]));
    const relations = await this.store.factRelations([...facts.values()], MAX_EVIDENCE);
    const byFact = new Map<string, RelationEdge[]>();
    for (const relation of relations) {
      const key = `${relation.type}|${relation.start}|${relation.end}`;
      (byFact.get(key) ?? byFact.set(key, []).get(key)!).push(relation);
    }
    const ids = [...new Set([...facts.values()].flatMap((f) => [f.start, f.end]))];
    const byId = new Map((await this.store.getEntities(ids)).map((n) => [n.id, n]));
    const pathEdge = (fact: Fact): PathEdge => {
      const statements = (byFact.get(`${fact.type}|${fact.start}|${fact.end}`) ?? []).sort(byPlace);
      return {
        id: fact.id,
        type: fact.type,
        start: fact.start,
        end: fact.end,
        confidence: Math.max(0, ...statements.map((r) => r.confidence)),
        support: fact.count,
        evidence: statements.map(evidenceOf),
      };
    };
    const paths = found.paths.map((path) => {
      const walk = [from.id];
      for (const fact of path) walk.push(fact.start === walk[walk.length - 1] ? fact.end : fact.start);
      return { length: path.length, nodes: walk.map((id) => entityRef(byId.get(id)!)), edges: path.map(pathEdge) };
    });
    return { from: entityRef(from), to: entityRef(to), paths, truncated: found.more };
  }

  async centrality(label: EntityLabel | undefined, limit: number): Promise<{ total: number; items: CentralityItem[] }> {
    const ranked = (await this.overview.get()).ranked().filter((item) => !label || item.entity.label === label);
    return { total: ranked.length, items: ranked.slice(0, limit) };
  }

  async communities(limit: number, members: number): Promise<{ modularity: number; total: number; items: Community[] }> {
    const found = (await this.overview.get()).communities();
    const items = found.communities.slice(0, limit).map((c) => ({ ...c, members: c.members.slice(0, members) }));
    return { modularity: found.modularity, total: found.communities.length, items };
  }

  /** Every entity and one edge per relation type and pair, for the explorer's overview. */
  async graph() {
    const overview = await this.overview.get();
    return { nodes: overview.graph.nodes, edges: overview.distinctEdges() };
  }

  async documents(): Promise<DocumentSummary[]> {
    return (await this.store.listDocuments()).map((doc) => ({ ...doc, path: publicPath(doc.path, this.documentRoot) }));
  }

  async document(id: string): Promise<DocumentDetail> {
    const doc = await this.store.getDocument(id);
    if (!doc) throw new NotFoundError(`document ${id} not found`);
    return { ...doc, path: publicPath(doc.path, this.documentRoot), entities: (await this.store.documentEntities(id)).map(entityRef) };
  }

  async cypher({ query, params, limit }: CypherRequest): Promise<CypherResult> {
    assertReadOnly(query);
    return this.store.readCypher(query, params, { timeoutMs: CYPHER_TIMEOUT_MS, rowLimit: limit });
  }
}
