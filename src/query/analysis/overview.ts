import type { EntityNode, GraphStore, RelationEdge } from '../../../core/store.ts';
import { centrality } from '../analytics.ts';

export interface OverviewNode extends EntityNode {
  /** Outcomes folded into this entity: measured in it, or produced or targeted by it. */
  folded: number;
  /** Its neighbours (outcomes included) that this view does not draw. */
  hidden: number;
  /** PageRank over the whole graph, relations taken both ways. */
  rank: number;
}

export interface Overview {
  nodes: OverviewNode[];
  edges: Pick<RelationEdge, 'id' | 'type' | 'start' | 'end'>[];
  /** The whole graph: entities, of which outcomes, and relations. */
  total: { entities: number; outcomes: number; relations: number };
  truncated: boolean;
}

/** Where an outcome folds: the region it was measured in, else what produced or targets it. */
function anchors(edges: RelationEdge[], outcomes: Set<string>): Map<string, string> {
  const anchor = new Map<string, string>();
  for (const e of edges) if (e.type === 'MEASURED_IN' && outcomes.has(e.start) && !anchor.has(e.start)) anchor.set(e.start, e.end);
  for (const e of edges) if ((e.type === 'PRODUCED' || e.type === 'TARGETS') && outcomes.has(e.end) && !anchor.has(e.end)) anchor.set(e.end, e.start);
  return anchor;
}

/** Each entity's neighbours over `edges`, either way. */
function adjacency(edges: RelationEdge[]): Map<string, Set<string>> {
  const around = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.start === e.end) continue;
    for (const [a, b] of [[e.start, e.end], [e.end, e.start]]) {
      if (!around.has(a)) around.set(a, new Set());
      around.get(a)!.add(b);
    }
  }
  return around;
}

/** Rounds of dropping drawn entities related to nothing else drawn, and filling up with the next most central. */
const CONNECT_ROUNDS = 3;

/**
 * A first view of the graph that shows its structure: outcomes folded into
 * the entity they are measured in (or that produced them) until that entity
 * is expanded; of the rest, the `limit` most central entities (PageRank over
 * the whole graph, relations taken both ways, so a place holding many
 * outcomes counts), each related to another one drawn; and the relations
 * among them, one edge per type and pair.
 */
export async function overview(store: GraphStore, limit: number): Promise<Overview> {
  const graph = await store.relationGraph();
  const outcomes = new Set(graph.nodes.filter((n) => n.label === 'Outcome').map((n) => n.id));
  const anchor = anchors(graph.edges, outcomes);
  const folded = new Map<string, number>();
  for (const target of anchor.values()) folded.set(target, (folded.get(target) ?? 0) + 1);

  const reversed = graph.edges.map((e) => ({ ...e, start: e.end, end: e.start }));
  const scores = centrality({ nodes: graph.nodes, edges: [...graph.edges, ...reversed] });
  const kept = graph.nodes.filter((n) => !outcomes.has(n.id) || !anchor.has(n.id));
  const keptIds = new Set(kept.map((n) => n.id));
  const keptEdges = graph.edges.filter((e) => keptIds.has(e.start) && keptIds.has(e.end));
  const linked = adjacency(keptEdges);
  const ranked = kept
    .filter((n) => linked.has(n.id))
    .sort((a, b) => scores.get(b.id)!.pagerank - scores.get(a.id)!.pagerank || (a.id < b.id ? -1 : 1));
  let shown = new Set(ranked.slice(0, limit).map((n) => n.id));
  const connected = () => new Set([...shown].filter((id) => [...linked.get(id)!].some((m) => shown.has(m))));
  for (let round = 0; round < CONNECT_ROUNDS; round++) {
    const related = connected();
    if (related.size === shown.size) break;
    const next = ranked.filter((n) => !shown.has(n.id)).slice(0, limit - related.size);
    shown = new Set([...related, ...next.map((n) => n.id)]);
  }
  // Whatever the last round added unrelated goes: fewer than `limit`, none alone.
  shown = connected();
  const neighbours = adjacency(graph.edges);
  const edges = new Map<string, Overview['edges'][number]>();
  for (const { id, type, start, end } of keptEdges) {
    const key = `${type}|${start}|${end}`;
    if (shown.has(start) && shown.has(end) && !edges.has(key)) edges.set(key, { id, type, start, end });
  }
  return {
    nodes: ranked.filter((n) => shown.has(n.id)).map((n) => ({
      ...n,
      folded: folded.get(n.id) ?? 0,
      hidden: [...(neighbours.get(n.id) ?? [])].filter((m) => !shown.has(m)).length,
      rank: Math.round(scores.get(n.id)!.pagerank * 1e6) / 1e6,
    })),
    edges: [...edges.values()],
    total: { entities: graph.nodes.length, outcomes: outcomes.size, relations: graph.edges.length },
    truncated: shown.size < kept.length,
  };
}

/**
 * The overview of the store as it is now, computed once per state of its
 * documents (PageRank over the whole graph takes a moment; the explorer asks
 * for it on every first view).
 */
export function cachedOverview(store: GraphStore): (limit: number) => Promise<Overview> {
  let last: { key: string; answer: Promise<Overview> } | null = null;
  return async (limit) => {
    const key = `${limit}|${(await store.listDocuments()).map((d) => `${d.id}:${d.revision}`).join('|')}`;
    if (last?.key !== key) {
      const answer = overview(store, limit);
      last = { key, answer };
      answer.catch(() => {
        if (last?.answer === answer) last = null;
      });
    }
    return last.answer;
  };
}
