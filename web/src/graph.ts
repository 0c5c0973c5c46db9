// The graph view: sigma v3 over a graphology graph, laid out with ForceAtlas2,
// a colour per label, node size by PageRank within the drawn graph.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import ForceAtlas2Worker from 'graphology-layout-forceatlas2/worker';
import pagerank from 'graphology-metrics/centrality/pagerank';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EntityLabel, RelationType, Subgraph } from './api.ts';
import { labelColour, relationName } from './vocab.ts';

interface NodeAttributes {
  /** What sigma draws next to the node: the entity's name. */
  label: string;
  kind: EntityLabel;
  x: number;
  y: number;
  size: number;
  color: string;
}

interface EdgeAttributes {
  type: string;
  relation: RelationType;
  size: number;
  color: string;
}

const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const FADED = '#e4e4e4';
const LAYOUT_MAX_MS = 3000;

/** A starting position derived from the id, so a view starts its layout from the same place every time. */
function seededPoint(id: string): { x: number; y: number } {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  const angle = ((hash >>> 0) % 3600) / 3600 * 2 * Math.PI;
  const radius = 1 + ((hash >>> 12) % 1000) / 100;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

export class GraphView {
  readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private layout: ForceAtlas2Worker | null = null;
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  private focus: string | null = null;
  private labels = new Set<string>();
  private types = new Set<string>();

  constructor(private readonly container: HTMLElement, onSelect: (id: string) => void, onExpand: (id: string) => void) {
    this.sigma = new Sigma(this.graph, container, {
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: '500',
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      defaultEdgeType: 'arrow',
      renderEdgeLabels: true,
      labelRenderedSizeThreshold: 5,
      allowInvalidContainer: true,
      zIndex: true,
      stagePadding: 40,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on('clickNode', ({ node }) => onSelect(node));
    this.sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      onExpand(node);
    });
    this.sigma.on('enterNode', () => container.classList.add('pointing'));
    this.sigma.on('leaveNode', () => container.classList.remove('pointing'));
  }

  /** Replaces the drawn graph; the layout then runs in a worker while the graph is already on screen. */
  show(subgraph: Subgraph) {
    this.layout?.kill();
    this.graph.clear();
    this.merge(subgraph);
    const settings = { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 300 };
    this.layout = new ForceAtlas2Worker(this.graph, { settings, getEdgeWeight: null });
    this.finish();
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.settle(Math.min(LAYOUT_MAX_MS, 600 + 2 * this.graph.order));
  }

  /** Adds a neighbourhood next to the node it was expanded from, keeping what is drawn in place. */
  add(subgraph: Subgraph, around: string) {
    const centre = this.graph.hasNode(around) ? this.graph.getNodeAttributes(around) : { x: 0, y: 0 };
    const added = this.merge(subgraph, centre);
    this.finish();
    if (added) this.settle(800);
  }

  /** Runs ForceAtlas2 for a while; `data-layout` on the container says when it has settled. */
  private settle(durationMs: number) {
    clearTimeout(this.layoutTimer);
    if (!this.layout || this.graph.order < 2) {
      this.container.dataset.layout = 'settled';
      return;
    }
    this.container.dataset.layout = 'running';
    this.layout.start();
    this.layoutTimer = setTimeout(() => {
      this.layout?.stop();
      this.container.dataset.layout = 'settled';
    }, durationMs);
  }

  setFocus(id: string | null) {
    this.focus = id && this.graph.hasNode(id) ? id : null;
    this.sigma.refresh({ skipIndexation: true });
  }

  setFilters(labels: readonly string[], types: readonly string[]) {
    this.labels = new Set(labels);
    this.types = new Set(types);
    this.sigma.refresh({ skipIndexation: true });
    this.publishCounts();
  }

  /** Counts of visible nodes per label, for the legend. */
  countsByLabel(): Map<string, number> {
    const counts = new Map<string, number>();
    this.graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
    return counts;
  }

  private merge(subgraph: Subgraph, near?: { x: number; y: number }): number {
    let added = 0;
    for (const node of subgraph.nodes) {
      if (this.graph.hasNode(node.id)) continue;
      const point = seededPoint(node.id);
      const at = near ? { x: near.x + point.x / 10, y: near.y + point.y / 10 } : point;
      // An overview node shows how many outcomes are folded into it until it is expanded.
      const folded = 'folded' in node && typeof node.folded === 'number' && node.folded > 0 ? `（+${node.folded} 成果）` : '';
      this.graph.addNode(node.id, { label: node.name + folded, kind: node.label, ...at, size: 4, color: labelColour(node.label) });
      added++;
    }
    for (const edge of subgraph.edges) {
      if (this.graph.hasEdge(edge.id) || !this.graph.hasNode(edge.start) || !this.graph.hasNode(edge.end)) continue;
      this.graph.addDirectedEdgeWithKey(edge.id, edge.start, edge.end, { type: 'arrow', relation: edge.type, size: 1, color: '#b9b9b9' });
    }
    return added;
  }

  private finish() {
    const ranks = this.graph.size ? pagerank(this.graph, { getEdgeWeight: null }) : {};
    const top = Math.max(...Object.values(ranks), 1e-9);
    const range = this.graph.order > 300 ? 9 : 14;
    this.graph.forEachNode((node) => {
      this.graph.setNodeAttribute(node, 'size', 3 + range * Math.sqrt((ranks[node] ?? 0) / top));
    });
    if (this.focus && !this.graph.hasNode(this.focus)) this.focus = null;
    this.sigma.refresh();
    this.publishCounts();
  }

  /** Exposes what is drawn on the container, so the page (and its tests) can read it without the canvas. */
  private publishCounts() {
    let nodes = 0;
    let edges = 0;
    this.graph.forEachNode((node, a) => {
      if (this.nodeVisible(node, a.kind)) nodes++;
    });
    this.graph.forEachEdge((_, a, source, target, sa, ta) => {
      if (this.edgeVisible(a.relation) && this.nodeVisible(source, sa.kind) && this.nodeVisible(target, ta.kind)) edges++;
    });
    this.container.dataset.nodes = String(nodes);
    this.container.dataset.edges = String(edges);
  }

  private nodeVisible(node: string, kind: string) {
    return node === this.focus || this.labels.size === 0 || this.labels.has(kind);
  }

  private edgeVisible(relation: string) {
    return this.types.size === 0 || this.types.has(relation);
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    if (!this.nodeVisible(node, data.kind)) return { ...data, hidden: true };
    if (!this.focus) return data;
    if (node === this.focus) return { ...data, highlighted: true, zIndex: 2, forceLabel: true };
    if (this.graph.areNeighbors(node, this.focus)) return { ...data, zIndex: 1, forceLabel: true };
    return { ...data, color: FADED, label: '', zIndex: 0 };
  }

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    if (!this.edgeVisible(data.relation)) return { ...data, hidden: true };
    const touchesFocus = this.focus !== null && this.graph.extremities(edge).includes(this.focus);
    if (touchesFocus) return { ...data, color: '#555', size: 1.5, label: relationName(data.relation), zIndex: 1 };
    return { ...data, color: this.focus ? '#eeeeee' : data.color, label: null };
  }
}
