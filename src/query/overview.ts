import type { EntityNode, GraphStore, OutcomeFilter, RelationEdge, Subgraph } from '../../core/store.ts';
import { byId, matchesOutcome } from '../store/query-rules.ts';
import { communities, rankByCentrality, type CentralityItem, type Community } from './analytics.ts';

/** What the whole-graph views compute, each at most once per state of the store. */
export interface Overview {
  graph: Subgraph;
  /** Every entity by PageRank, highest first. */
  ranked(): CentralityItem[];
  communities(): { modularity: number; communities: Community[] };
  /** One edge per type and pair, whichever documents state it (the explorer's overview). */
  distinctEdges(): Pick<RelationEdge, 'id' | 'type' | 'start' | 'end'>[];
  /** The outcomes matching a filter (matchesOutcome), sorted by id. */
  outcomes(filter: OutcomeFilter): EntityNode[];
}

const once = <T>(compute: () => T): (() => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
};

function overviewOf(graph: Subgraph): Overview {
  const measured = once(() => {
    const entities = new Map(graph.nodes.map((n) => [n.id, n]));
    const regions = new Map<string, EntityNode[]>();
    for (const edge of graph.edges) {
      const region = entities.get(edge.end);
      if (edge.type === 'MEASURED_IN' && region?.label === 'Region') (regions.get(edge.start) ?? regions.set(edge.start, []).get(edge.start)!).push(region);
    }
    return graph.nodes.filter((n) => n.label === 'Outcome').map((outcome) => ({ outcome, regions: regions.get(outcome.id) ?? [] }));
  });
  return {
    outcomes: (filter) =>
      measured()
        .filter(({ outcome, regions }) => matchesOutcome(outcome, regions, filter))
        .map(({ outcome }) => outcome)
        .sort(byId),
    graph,
    ranked: once(() => rankByCentrality(graph)),
    communities: once(() => communities(graph)),
    distinctEdges: once(() => {
      const distinct = new Map<string, Pick<RelationEdge, 'id' | 'type' | 'start' | 'end'>>();
      for (const { id, type, start, end } of graph.edges) {
        const key = `${type}|${start}|${end}`;
        if (!distinct.has(key)) distinct.set(key, { id, type, start, end });
      }
      return [...distinct.values()];
    }),
  };
}

/**
 * The whole relation graph and what is computed over all of it (PageRank,
 * Louvain, the outcome filter), read
 * and computed once per state of the store and shared by concurrent requests:
 * they take hundreds of milliseconds, and fifty clients asking at once must
 * not each pay for them. The state is the stored documents and their
 * revisions, which every write changes; reading it is one light query.
 */
export class OverviewCache {
  private current: { key: string; overview: Promise<Overview> } | null = null;

  constructor(private readonly store: GraphStore) {}

  async get(): Promise<Overview> {
    const key = (await this.store.listDocuments()).map((d) => `${d.id}\u0000${d.revision}`).join('\n');
    if (this.current?.key !== key) {
      const overview = this.store.relationGraph().then(overviewOf);
      const entry = { key, overview };
      this.current = entry;
      overview.catch(() => {
        if (this.current === entry) this.current = null;
      });
    }
    return this.current.overview;
  }
}
