import { RELATION_TYPES, type EntityLabel, type RelationType } from '../../core/ontology.ts';
import { normalizeName } from '../../core/names.ts';
import type { CypherResult, DocumentSummary, EntityNode, EntitySearch, GraphStore, OutcomeFilter } from '../../core/store.ts';
import { communities, rankByCentrality, type CentralityItem, type Community } from './analytics.ts';
import { assertReadOnly } from './cypher-guard.ts';
import { eventsOf, placesOf, type EventsAnswer, type PlacesAnswer } from './linked.ts';
import { traceTree, type TraceNode } from './trace.ts';
import {
  edgeView,
  entityRef,
  otherEnd,
  relationView,
  type EdgeView,
  type EntityRef,
  type RelationView,
  type SubgraphView,
} from './views.ts';

export type { RelationView } from './views.ts';

/** The entity (or document) a request names does not exist. */
export class NotFoundError extends Error {}

export interface EntityDetail {
  entity: EntityNode;
  relations: Partial<Record<RelationType, RelationView[]>>;
  documents: { id: string; title: string }[];
}

export interface NeighborsQuery {
  depth: number;
  types?: RelationType[];
  labels?: EntityLabel[];
  limit: number;
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

export interface PathView {
  length: number;
  nodes: EntityRef[];
  edges: EdgeView[];
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
/** The shortest tail of a query taken as a name when the whole query names nothing. */
const MIN_NAME_TAIL = 4;

/** Answers for the API and the CLI, on whichever store it is given. */
export class QueryService {
  constructor(readonly store: GraphStore) {}

  async entity(id: string, labels?: EntityLabel[]): Promise<EntityNode> {
    const entity = await this.store.getEntity(id);
    if (!entity || (labels && !labels.includes(entity.label))) throw new NotFoundError(`${labels?.join(' or ') ?? 'entity'} ${id} not found`);
    return entity;
  }

  /**
   * Name and alias lookup. When nothing matches, the entities whose whole name
   * the query ends with, longest first: a query that names a thing more fully
   * than the text did (杭州市“十四五”知识产权规划 for a graph that holds
   * “十四五”知识产权规划) still finds it.
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
    return { total: named.length, items: named.slice(query.offset, query.offset + query.limit) };
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

  async entityDetail(id: string): Promise<EntityDetail> {
    const entity = await this.entity(id);
    const { nodes, edges } = await this.store.expand([id], { types: ALL_RELATIONS, direction: 'both' });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const relations: EntityDetail['relations'] = {};
    for (const edge of [...edges].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
      (relations[edge.type] ??= []).push(relationView(edge, id, byId.get(otherEnd(edge, id))!));
    }
    return { entity, relations, documents: await this.documentTitles(entity.docs) };
  }

  private async documentTitles(ids: string[]) {
    const titles = new Map((await this.store.listDocuments()).map((d) => [d.id, d.title]));
    return ids.map((doc) => ({ id: doc, title: titles.get(doc) ?? doc }));
  }

  /** Breadth-first, one store call per level; stops adding nodes at `limit`. */
  async neighbors(id: string, query: NeighborsQuery): Promise<SubgraphView & { root: string; truncated: boolean }> {
    const root = await this.entity(id);
    const nodes = new Map([[root.id, root]]);
    const edges = new Map<string, EdgeView>();
    let frontier = [root.id];
    let truncated = false;
    for (let level = 0; level < query.depth && frontier.length && !truncated; level++) {
      const step = await this.store.expand(frontier, { types: query.types ?? ALL_RELATIONS, direction: 'both', labels: query.labels });
      const found = new Map(step.nodes.map((n) => [n.id, n]));
      frontier = [];
      for (const edge of step.edges) {
        for (const end of [edge.start, edge.end]) {
          if (nodes.has(end)) continue;
          if (nodes.size >= query.limit) {
            truncated = true;
            break;
          }
          nodes.set(end, found.get(end)!);
          frontier.push(end);
        }
        if (nodes.has(edge.start) && nodes.has(edge.end)) edges.set(edge.id, edgeView(edge));
      }
    }
    return { root: root.id, nodes: [...nodes.values()], edges: [...edges.values()], truncated };
  }

  async events(id: string): Promise<EventsAnswer> {
    return eventsOf(this.store, await this.entity(id));
  }

  async places(id: string): Promise<PlacesAnswer> {
    return placesOf(this.store, await this.entity(id));
  }

  async implementers(measureRef: string): Promise<ImplementersAnswer> {
    const measure = await this.resolve(measureRef, ['Measure', 'Policy']);
    const { nodes, edges } = await this.store.expand([measure.id], { types: ['IMPLEMENTS'], direction: 'in' });
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
      const { nodes, edges } = await this.store.expand([from.id], step);
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
    const { nodes, edges } = await this.store.expand(ids, { types: ['IMPLEMENTS'], direction: 'in', labels: ['Institution'] });
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

  async trace(policyId: string): Promise<TraceNode> {
    return traceTree(this.store, await this.entity(policyId, ['Policy']));
  }

  async outcomes(filter: OutcomeFilter, page: { limit: number; offset: number }): Promise<{ total: number; items: OutcomeItem[] }> {
    const all = await this.store.outcomes(filter);
    const slice = all.slice(page.offset, page.offset + page.limit);
    const ids = slice.map((o) => o.id);
    const sources = await this.store.expand(ids, { types: ['PRODUCED', 'TARGETS'], direction: 'in' });
    const regions = await this.store.expand(ids, { types: ['MEASURED_IN'], direction: 'out' });
    const byId = new Map([...sources.nodes, ...regions.nodes].map((n) => [n.id, n]));
    const edges = [...sources.edges, ...regions.edges];
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

  async paths(fromRef: string, toRef: string, maxHops: number): Promise<{ from: EntityRef; to: EntityRef; paths: PathView[] }> {
    const from = await this.resolve(fromRef);
    const to = await this.resolve(toRef);
    const found = await this.store.shortestPaths(from.id, to.id, maxHops);
    const ids = [...new Set(found.flat().flatMap((e) => [e.start, e.end]))];
    const byId = new Map((await this.store.getEntities(ids)).map((n) => [n.id, n]));
    const paths = found.map((edges) => {
      const walk = [from.id];
      for (const edge of edges) walk.push(otherEnd(edge, walk[walk.length - 1]));
      return { length: edges.length, nodes: walk.map((id) => entityRef(byId.get(id)!)), edges: edges.map(edgeView) };
    });
    return { from: entityRef(from), to: entityRef(to), paths };
  }

  async centrality(label: EntityLabel | undefined, limit: number): Promise<{ total: number; items: CentralityItem[] }> {
    const ranked = rankByCentrality(await this.store.relationGraph(), label);
    return { total: ranked.length, items: ranked.slice(0, limit) };
  }

  async communities(limit: number, members: number): Promise<{ modularity: number; total: number; items: Community[] }> {
    const found = communities(await this.store.relationGraph());
    const items = found.communities.slice(0, limit).map((c) => ({ ...c, members: c.members.slice(0, members) }));
    return { modularity: found.modularity, total: found.communities.length, items };
  }

  async documents(): Promise<DocumentSummary[]> {
    return this.store.listDocuments();
  }

  async document(id: string): Promise<DocumentDetail> {
    const doc = await this.store.getDocument(id);
    if (!doc) throw new NotFoundError(`document ${id} not found`);
    return { ...doc, entities: (await this.store.documentEntities(id)).map(entityRef) };
  }

  async cypher({ query, params, limit }: CypherRequest): Promise<CypherResult> {
    assertReadOnly(query);
    return this.store.readCypher(query, params, { timeoutMs: CYPHER_TIMEOUT_MS, rowLimit: limit });
  }
}
