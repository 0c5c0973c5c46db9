import type { RelationType } from '../../core/ontology.ts';
import type { EntityNode, ExpandStep, GraphStore } from '../../core/store.ts';
import { entityRef, evidenceOf, type EntityRef, type Evidence } from './views.ts';

export interface TraceNode {
  entity: EntityRef & { props: EntityNode['props'] };
  /** The relation that led here from the parent; absent at the root. */
  via?: { type: RelationType; direction: 'out' | 'in'; evidence: Evidence };
  children: TraceNode[];
}

const OUTCOMES: ExpandStep = { types: ['PRODUCED', 'TARGETS'], direction: 'out', labels: ['Outcome'] };
const IMPLEMENTERS: ExpandStep = { types: ['IMPLEMENTS'], direction: 'in', labels: ['Institution'] };

/**
 * Where a trace goes from each kind of node: a policy to its parts (measures,
 * programmes), issuers, implementers and outcomes; a measure to its
 * sub-measures, implementers and outcomes; an implementer to the platforms it
 * operates; a platform to what it produced; an outcome to where it was measured.
 */
function stepsFrom(node: TraceNode): ExpandStep[] {
  switch (node.entity.label) {
    case 'Policy':
      return [
        { types: ['PART_OF'], direction: 'in', labels: ['Measure', 'Policy'] },
        { types: ['ISSUED'], direction: 'in', labels: ['Institution'] },
        IMPLEMENTERS,
        OUTCOMES,
      ];
    case 'Measure':
      return [{ types: ['PART_OF'], direction: 'in', labels: ['Measure'] }, IMPLEMENTERS, OUTCOMES];
    case 'Institution':
      return node.via?.type === 'IMPLEMENTS' ? [{ types: ['OPERATES'], direction: 'out', labels: ['Platform'] }] : [];
    case 'Platform':
      return [{ types: ['PRODUCED'], direction: 'out', labels: ['Outcome'] }];
    case 'Outcome':
      return [{ types: ['MEASURED_IN'], direction: 'out', labels: ['Region'] }];
    default:
      return [];
  }
}

const MAX_DEPTH = 6;
const MAX_NODES = 2000;

const traceEntity = (entity: EntityNode) => ({ ...entityRef(entity), props: entity.props });

/**
 * The policy's downstream tree, built level by level with one store call per
 * kind of step. An entity is not expanded below itself (no cycles); the same
 * entity may appear under several parents.
 */
export async function traceTree(store: GraphStore, root: EntityNode): Promise<TraceNode> {
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
      const { nodes, edges } = await store.expand([...new Set(items.map((i) => i.node.entity.id))], step);
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
