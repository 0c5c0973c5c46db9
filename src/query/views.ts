import type { EntityNode, RelationEdge } from '../../core/store.ts';

export type EntityRef = Pick<EntityNode, 'id' | 'label' | 'name'>;

/** Where a fact was read: the sentence, its document and its character span there. */
export interface Evidence {
  sentence: string;
  doc: string;
  start: number;
  end: number;
}

/** A relation seen from one of its ends. */
export interface RelationView {
  id: string;
  type: RelationEdge['type'];
  direction: 'out' | 'in';
  other: EntityRef;
  evidence: Evidence;
  confidence: number;
}

/** A relation between two entities of a subgraph. */
export interface EdgeView {
  id: string;
  type: RelationEdge['type'];
  start: string;
  end: string;
  evidence: Evidence;
  confidence: number;
}

export interface SubgraphView {
  nodes: EntityNode[];
  edges: EdgeView[];
}

export const entityRef = ({ id, label, name }: EntityRef): EntityRef => ({ id, label, name });

export const evidenceOf = (edge: RelationEdge): Evidence => ({
  sentence: edge.evidence,
  doc: edge.doc,
  start: edge.spanStart,
  end: edge.spanEnd,
});

export const edgeView = (edge: RelationEdge): EdgeView => ({
  id: edge.id,
  type: edge.type,
  start: edge.start,
  end: edge.end,
  evidence: evidenceOf(edge),
  confidence: edge.confidence,
});

/** The relation as seen from `from`; `other` is the entity at its other end. */
export function relationView(edge: RelationEdge, from: string, other: EntityRef): RelationView {
  return {
    id: edge.id,
    type: edge.type,
    direction: edge.start === from ? 'out' : 'in',
    other: entityRef(other),
    evidence: evidenceOf(edge),
    confidence: edge.confidence,
  };
}

export const otherEnd = (edge: RelationEdge, from: string) => (edge.start === from ? edge.end : edge.start);
