import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../../core/ontology.ts';
import type { PropertyValue } from '../../core/records.ts';
import type { ExportRecord } from '../../core/store.ts';
import type { EvalEntity, EvalGraph } from './score.ts';

const isEntityLabel = (l: string): l is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(l);
const isRelationType = (t: string): t is RelationType => (RELATION_TYPES as readonly string[]).includes(t);
const strings = (v: PropertyValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** The scorer's view of a store export (`store.exportAll()`): entity nodes and their relations; documents, chunks and mentions are left out. */
export async function graphFromExport(records: AsyncIterable<ExportRecord> | Iterable<ExportRecord>): Promise<EvalGraph> {
  const graph: EvalGraph = { entities: [], relations: [] };
  for await (const r of records) {
    if (r.type === 'node') {
      const label = r.labels.find(isEntityLabel);
      if (!label) continue;
      const { name, aliases, docs, ...props } = r.properties;
      graph.entities.push({ id: r.id, label, name: String(name ?? ''), aliases: strings(aliases), docs: strings(docs), props });
    } else if (isRelationType(r.label)) {
      const { doc, evidence } = r.properties;
      graph.relations.push({ type: r.label, start: r.start.id, end: r.end.id, doc: String(doc ?? ''), evidence: typeof evidence === 'string' ? evidence : undefined });
    }
  }
  return graph;
}
