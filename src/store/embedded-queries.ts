import { RELATION_TYPES, type EntityLabel } from '../../core/ontology.ts';
import type { MultiDirectedGraph } from 'graphology';
import { byId, byPlace, stepFrom, strongestFirst, TRACE_STEPS, walk } from './query-rules.ts';
import type {
  EntityNode,
  EntityPage,
  ExpandStep,
  Fact,
  NeighbourWalk,
  RelationEdge,
  RelationPage,
  Scope,
  Subgraph,
  TraceWalk,
} from '../../core/store.ts';

/** What the query methods need from the embedded store: its current graph and how it reads entities and relations. */
export interface EmbeddedGraphView {
  graph(): MultiDirectedGraph;
  entity(id: string): EntityNode | null;
  relation(edge: string): RelationEdge;
}

const RELATIONS = new Set<string>(RELATION_TYPES);

/** The query methods of the GraphStore interface, on graphology. */
export class EmbeddedQueries {
  constructor(private readonly view: EmbeddedGraphView) {}

  private isRelation(edge: string): boolean {
    return RELATIONS.has(this.view.graph().getEdgeAttribute(edge, 'type'));
  }

  private entities(): EntityNode[] {
    const out: EntityNode[] = [];
    this.view.graph().forEachNode((id) => {
      const entity = this.view.entity(id);
      if (entity) out.push(entity);
    });
    return out;
  }

  /** The relations of an entity over the ontology's types, read lazily. */
  private *relationsOf(id: string): Generator<RelationEdge> {
    const graph = this.view.graph();
    for (const edge of graph.edges(id)) if (this.isRelation(edge)) yield this.view.relation(edge);
  }

  private labelOf = (id: string) => this.view.entity(id)?.label;

  /** The relations a step could take from an entity: its direction and types, read before anything else is. */
  private *candidates(id: string, step: ExpandStep): Generator<RelationEdge> {
    const graph = this.view.graph();
    const types = new Set<string>(step.types);
    const edges = step.direction === 'out' ? graph.outEdges(id) : step.direction === 'in' ? graph.inEdges(id) : graph.edges(id);
    for (const edge of edges) if (types.has(graph.getEdgeAttribute(edge, 'type'))) yield this.view.relation(edge);
  }

  expand(ids: string[], step: ExpandStep): Subgraph & { capped: boolean } {
    const nodes = new Map<string, EntityNode>();
    const edges = new Map<string, RelationEdge>();
    let capped = false;
    for (const id of new Set(ids)) {
      const origin = this.view.entity(id);
      if (!origin) continue;
      const found = stepFrom(id, this.candidates(id, step), step, this.labelOf);
      capped ||= found.capped;
      for (const edge of found.kept) {
        nodes.set(origin.id, origin);
        const far = this.view.entity(edge.start === id ? edge.end : edge.start)!;
        nodes.set(far.id, far);
        edges.set(edge.id, edge);
      }
    }
    return { nodes: [...nodes.values()].sort(byId), edges: [...edges.values()].sort(byId), capped };
  }

  entityPage(id: string, page: RelationPage): Omit<EntityPage, 'documents'> | null {
    const entity = this.view.entity(id);
    if (!entity) return null;
    const types = new Set<string>(page.types);
    const byType = new Map<string, RelationEdge[]>();
    for (const edge of this.relationsOf(id)) {
      if (types.has(edge.type)) (byType.get(edge.type) ?? byType.set(edge.type, []).get(edge.type)!).push(edge);
    }
    const counts: EntityPage['counts'] = {};
    const edges: RelationEdge[] = [];
    for (const [type, list] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
      counts[type as RelationEdge['type']] = list.length;
      edges.push(...list.sort(strongestFirst).slice(page.offset, page.offset + page.limit));
    }
    const others = new Map<string, EntityNode>();
    for (const edge of edges) {
      const other = this.view.entity(edge.start === id ? edge.end : edge.start)!;
      others.set(other.id, other);
    }
    return { entity, counts, edges, others: [...others.values()].sort(byId).map(({ id, label, name }) => ({ id, label, name })) };
  }

  async neighbourhood(id: string, { depth, types, labels, perNode, maxNodes }: NeighbourWalk): Promise<Scope> {
    const root = this.view.entity(id);
    if (!root) return { nodes: [], edges: [], capped: false };
    const step: ExpandStep = { types, direction: 'both', labels, perNode };
    return walk(root, { depth, maxNodes }, () => [step], async (ids, s) => this.expand(ids, s));
  }

  async traceScope(id: string, { depth, perNode, maxNodes }: TraceWalk): Promise<Scope> {
    const root = this.view.entity(id);
    if (root?.label !== 'Policy') return { nodes: [], edges: [], capped: false };
    const steps = (entity: EntityNode) => (TRACE_STEPS[entity.label] ?? []).map((step) => ({ ...step, perNode }));
    return walk(root, { depth, maxNodes }, steps, async (ids, s) => this.expand(ids, s));
  }

  relationFacts(ids: string[]): Fact[] {
    const facts = new Map<string, Fact>();
    const counted = new Set<string>();
    for (const id of new Set(ids)) {
      if (!this.view.entity(id)) continue;
      for (const edge of this.relationsOf(id)) {
        if (counted.has(edge.id)) continue;
        counted.add(edge.id);
        const key = `${edge.type}|${edge.start}|${edge.end}`;
        const fact = facts.get(key);
        if (!fact) facts.set(key, { id: edge.id, type: edge.type, start: edge.start, end: edge.end, count: 1 });
        else {
          fact.count++;
          if (edge.id < fact.id) fact.id = edge.id;
        }
      }
    }
    return [...facts.values()].sort(byId);
  }

  factRelations(facts: Pick<Fact, 'type' | 'start' | 'end'>[], perFact: number): RelationEdge[] {
    const graph = this.view.graph();
    const found = new Map<string, RelationEdge>();
    for (const { type, start, end } of facts) {
      if (!graph.hasNode(start) || !graph.hasNode(end)) continue;
      const relations = graph
        .outEdges(start, end)
        .filter((edge) => graph.getEdgeAttribute(edge, 'type') === type)
        .map((edge) => this.view.relation(edge))
        .sort(byPlace)
        .slice(0, perFact);
      for (const relation of relations) found.set(relation.id, relation);
    }
    return [...found.values()].sort(byId);
  }

  relationGraph(): Subgraph {
    const graph = this.view.graph();
    const edges: RelationEdge[] = [];
    graph.forEachEdge((edge) => {
      if (this.isRelation(edge)) edges.push(this.view.relation(edge));
    });
    return { nodes: this.entities().sort(byId), edges: edges.sort(byId) };
  }

  entitiesByLabel(label: EntityLabel): EntityNode[] {
    return this.entities()
      .filter((entity) => entity.label === label)
      .sort(byId);
  }
}
