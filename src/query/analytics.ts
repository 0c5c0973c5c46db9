import type { EntityLabel } from '../../core/ontology.ts';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Subgraph } from '../../core/store.ts';
import { entityRef, type EntityRef } from './views.ts';

export interface CentralityItem {
  entity: EntityRef;
  pagerank: number;
  degree: number;
}

export interface Community {
  id: number;
  size: number;
  labels: Partial<Record<EntityLabel, number>>;
  /** Members, most central first. */
  members: EntityRef[];
}

/** One weighted edge per related pair (parallel relations add weight), nodes in id order: the same input gives the same scores. */
function weightedGraph(subgraph: Subgraph, type: 'directed' | 'undirected') {
  const graph = new Graph({ type, multi: false, allowSelfLoops: false });
  for (const node of subgraph.nodes) graph.addNode(node.id);
  for (const edge of subgraph.edges) {
    if (edge.start === edge.end) continue;
    graph.updateEdge(edge.start, edge.end, (attrs: { weight?: number }) => ({ weight: (attrs.weight ?? 0) + 1 }));
  }
  return graph;
}

export function centrality(subgraph: Subgraph): Map<string, { pagerank: number; degree: number }> {
  const directed = weightedGraph(subgraph, 'directed');
  // PageRank "fails to converge" on a graph without nodes: an empty store has no scores to give.
  const scores: Record<string, number> = directed.order ? pagerank(directed, { getEdgeWeight: 'weight' }) : {};
  return new Map(subgraph.nodes.map((n) => [n.id, { pagerank: scores[n.id] ?? 0, degree: directed.degree(n.id) }]));
}

export function rankByCentrality(subgraph: Subgraph, label?: EntityLabel): CentralityItem[] {
  const scores = centrality(subgraph);
  return subgraph.nodes
    .filter((n) => !label || n.label === label)
    .map((n) => ({ entity: entityRef(n), ...scores.get(n.id)! }))
    .sort((a, b) => b.pagerank - a.pagerank || (a.entity.id < b.entity.id ? -1 : 1));
}

/** A fixed-seed generator, so Louvain gives the same partition on every run and on both stores. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function communities(subgraph: Subgraph): { modularity: number; communities: Community[] } {
  const graph = weightedGraph(subgraph, 'undirected');
  const isolated = graph.filterNodes((n) => graph.degree(n) === 0);
  for (const n of isolated) graph.dropNode(n);
  if (graph.size === 0) return { modularity: 0, communities: [] };
  const result = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(42) });
  const scores = centrality(subgraph);
  const byId = new Map(subgraph.nodes.map((n) => [n.id, n]));
  const groups = new Map<number, string[]>();
  for (const [node, community] of Object.entries(result.communities)) {
    groups.set(community, [...(groups.get(community) ?? []), node]);
  }
  const list = [...groups.values()]
    .map((ids) => ids.map((id) => byId.get(id)!).sort((a, b) => scores.get(b.id)!.pagerank - scores.get(a.id)!.pagerank || (a.id < b.id ? -1 : 1)))
    .sort((a, b) => b.length - a.length || (a[0].id < b[0].id ? -1 : 1))
    .map((members, id) => {
      const labels: Community['labels'] = {};
      for (const m of members) labels[m.label] = (labels[m.label] ?? 0) + 1;
      return { id, size: members.length, labels, members: members.map(entityRef) };
    });
  return { modularity: result.modularity, communities: list };
}
