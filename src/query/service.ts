import type { EntityNode, GraphStore, RelationEdge } from '../store/types.ts';

export interface RelationView {
  id: string;
  type: RelationEdge['type'];
  direction: 'out' | 'in';
  other: Pick<EntityNode, 'id' | 'label' | 'name'>;
  evidence: { sentence: string; doc: string; start: number; end: number };
  confidence: number;
}

export interface EntityDetail {
  entity: EntityNode;
  relations: Record<string, RelationView[]>;
  documents: { id: string; title: string }[];
}

/** Answers for the API and the CLI, on whichever store it is given. */
export class QueryService {
  constructor(readonly store: GraphStore) {}

  async entityDetail(id: string): Promise<EntityDetail | null> {
    const entity = await this.store.getEntity(id);
    if (!entity) return null;
    const edges = await this.store.relationsOf(id);
    const others = new Map<string, EntityNode>();
    for (const edge of edges) {
      const otherId = edge.start === id ? edge.end : edge.start;
      if (!others.has(otherId)) {
        const other = await this.store.getEntity(otherId);
        if (other) others.set(otherId, other);
      }
    }
    const relations: Record<string, RelationView[]> = {};
    for (const edge of edges) {
      const other = others.get(edge.start === id ? edge.end : edge.start);
      if (!other) continue;
      (relations[edge.type] ??= []).push({
        id: edge.id,
        type: edge.type,
        direction: edge.start === id ? 'out' : 'in',
        other: { id: other.id, label: other.label, name: other.name },
        evidence: { sentence: edge.evidence, doc: edge.doc, start: edge.spanStart, end: edge.spanEnd },
        confidence: edge.confidence,
      });
    }
    const titles = new Map((await this.store.listDocuments()).map((d) => [d.id, d.title]));
    const documents = entity.docs.map((doc) => ({ id: doc, title: titles.get(doc) ?? doc }));
    return { entity, relations, documents };
  }
}
