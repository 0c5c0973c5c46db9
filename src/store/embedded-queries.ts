import { RELATION_TYPES, type EntityLabel } from '../../core/ontology.ts';
import type { MultiDirectedGraph } from 'graphology';
import { byId, matchesOutcome, sortPaths } from './query-rules.ts';
import type { EntityNode, ExpandStep, OutcomeFilter, RelationEdge, Subgraph } from '../../core/store.ts';

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

  expand(ids: string[], step: ExpandStep): Subgraph {
    const graph = this.view.graph();
    const types = new Set<string>(step.types);
    const labels = step.labels && new Set<string>(step.labels);
    const nodes = new Map<string, EntityNode>();
    const edges = new Map<string, RelationEdge>();
    for (const id of new Set(ids)) {
      const origin = this.view.entity(id);
      if (!origin) continue;
      const candidates =
        step.direction === 'out' ? graph.outEdges(id) : step.direction === 'in' ? graph.inEdges(id) : graph.edges(id);
      for (const edge of candidates) {
        if (!types.has(graph.getEdgeAttribute(edge, 'type'))) continue;
        const far = this.view.entity(graph.opposite(id, edge));
        if (!far || (labels && !labels.has(far.label))) continue;
        nodes.set(origin.id, origin);
        nodes.set(far.id, far);
        edges.set(edge, this.view.relation(edge));
      }
    }
    return { nodes: [...nodes.values()].sort(byId), edges: [...edges.values()].sort(byId) };
  }

  outcomes(filter: OutcomeFilter): EntityNode[] {
    const graph = this.view.graph();
    return this.entities()
      .filter((entity) => entity.label === 'Outcome')
      .filter((outcome) => {
        const regions = graph
          .outEdges(outcome.id)
          .filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'MEASURED_IN')
          .map((edge) => this.view.entity(graph.target(edge)))
          .filter((region): region is EntityNode => region !== null);
        return matchesOutcome(outcome, regions, filter);
      })
      .sort(byId);
  }

  /** Breadth-first from `from` over relations in either direction, then every shortest path walked back from `to`. */
  shortestPaths(from: string, to: string, maxHops: number): RelationEdge[][] {
    const graph = this.view.graph();
    if (!this.view.entity(from) || !this.view.entity(to) || from === to) return [];
    const distance = new Map<string, number>([[from, 0]]);
    let frontier = [from];
    for (let hops = 1; hops <= maxHops && !distance.has(to) && frontier.length; hops++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const edge of graph.edges(node)) {
          if (!this.isRelation(edge)) continue;
          const other = graph.opposite(node, edge);
          if (distance.has(other)) continue;
          distance.set(other, hops);
          next.push(other);
        }
      }
      frontier = next;
    }
    if (!distance.has(to)) return [];

    const walkBack = (node: string): RelationEdge[][] => {
      const d = distance.get(node)!;
      if (d === 0) return [[]];
      const paths: RelationEdge[][] = [];
      for (const edge of graph.edges(node)) {
        if (!this.isRelation(edge)) continue;
        const previous = graph.opposite(node, edge);
        if (distance.get(previous) !== d - 1) continue;
        for (const path of walkBack(previous)) paths.push([...path, this.view.relation(edge)]);
      }
      return paths;
    };
    return sortPaths(walkBack(to));
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

  documentEntities(doc: string): EntityNode[] {
    return this.entities()
      .filter((entity) => entity.docs.includes(doc))
      .sort(byId);
  }
}
