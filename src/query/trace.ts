import type { RelationType } from '../../core/ontology.ts';
import type { EntityNode, ExpandStep, Subgraph, TraceWalk } from '../../core/store.ts';
import { TRACE_DEPTH, TRACE_STEPS } from '../store/query-rules.ts';
import { entityRef, evidenceOf, type EntityRef, type Evidence } from './views.ts';

export interface TraceNode {
  entity: EntityRef & { props: EntityNode['props'] };
  /** The relation that led here from the parent; absent at the root. */
  via?: { type: RelationType; direction: 'out' | 'in'; evidence: Evidence };
  children: TraceNode[];
}

const MAX_DEPTH = TRACE_DEPTH;
const MAX_NODES = 2000;
/** Relations followed from one entity by each kind of step. */
const FANOUT = 200;

/** The bounded walk a trace is built over (store.traceScope): the tree's depth, the fan-out per step, and a stop once the tree could be full. */
export const TRACE_LIMITS: TraceWalk = { depth: MAX_DEPTH, perNode: FANOUT, maxNodes: MAX_NODES };

/**
 * Where a trace goes from each kind of node (TRACE_STEPS): a policy to its
 * parts (measures, programmes), issuers, implementers and outcomes; a measure
 * to its sub-measures, implementers and outcomes; an implementer (not an
 * issuer) to the platforms it operates; a platform to what it produced; an
 * outcome to where it was measured.
 */
function stepsFrom(node: TraceNode): ExpandStep[] {
  if (node.entity.label === 'Institution' && node.via?.type !== 'IMPLEMENTS') return [];
  return (TRACE_STEPS[node.entity.label] ?? []).map((step) => ({ ...step, perNode: FANOUT }));
}

const traceEntity = (entity: EntityNode) => ({ ...entityRef(entity), props: entity.props });

/**
 * The policy's downstream tree, built level by level with one `expand` call per
 * kind of step. An entity is not expanded below itself (no cycles); the same
 * entity may appear under several parents.
 */
export async function traceTree(expand: (ids: string[], step: ExpandStep) => Promise<Subgraph>, root: EntityNode): Promise<TraceNode> {
  const tree: TraceNode = { entity: traceEntity(root), children: [] };
  let level: { node: TraceNode; ancestors: Set<string> }[] = [{ node: tree, ancestors: new Set([root.id]) }];
  let count = 1;
  for (let depth = 0; depth < MAX_DEPTH && level.length && count < MAX_NODES; depth++) {
    const groups = new Map<string, { step: ExpandStep; items: typeof level }>();
    for (const item of level) {
      for (const step of stepsFrom(item.node)) {
        const key = JSON.stringify(step);
        const group = groups.get(key) ?? { step, items: [] };
        group.items.push(item);
        groups.set(key, group);
      }
    }
    const next: typeof level = [];
    for (const { step, items } of groups.values()) {
      const { nodes, edges } = await expand([...new Set(items.map((i) => i.node.entity.id))], step);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      for (const edge of edges) {
        const origin = step.direction === 'in' ? edge.end : edge.start;
        const far = byId.get(step.direction === 'in' ? edge.start : edge.end)!;
        for (const item of items) {
          if (item.node.entity.id !== origin || item.ancestors.has(far.id) || count >= MAX_NODES) continue;
          const child: TraceNode = {
            entity: traceEntity(far),
            via: { type: edge.type, direction: step.direction === 'in' ? 'in' : 'out', evidence: evidenceOf(edge) },
            children: [],
          };
          item.node.children.push(child);
          count++;
          next.push({ node: child, ancestors: new Set([...item.ancestors, far.id]) });
        }
      }
    }
    level = next;
  }
  sortTree(tree);
  return tree;
}

const LABEL_ORDER = ['Measure', 'Policy', 'Institution', 'Platform', 'Outcome', 'Region', 'Event'];

function sortTree(node: TraceNode): void {
  node.children.sort(
    (a, b) =>
      LABEL_ORDER.indexOf(a.entity.label) - LABEL_ORDER.indexOf(b.entity.label) ||
      (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0) ||
      (a.via!.evidence.doc < b.via!.evidence.doc ? -1 : 1),
  );
  node.children.forEach(sortTree);
}
