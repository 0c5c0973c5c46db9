import { basename } from 'node:path';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../../core/ontology.ts';
import type { PropertyValue } from '../../core/records.ts';
import type { ExportRecord } from '../../core/store.ts';
import type { EvalGraph } from './score.ts';

const isEntityLabel = (l: string): l is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(l);
const isRelationType = (t: string): t is RelationType => (RELATION_TYPES as readonly string[]).includes(t);
const strings = (v: PropertyValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);
/** Documents are compared by file name, as score.mjs does. */
const fileNames = (v: PropertyValue | undefined): string[] => strings(v).filter(Boolean).map((d) => basename(d));

/**
 * The scorer's view of a store export (`store.exportAll()`, the records `kg export --format jsonl`
 * writes): entity nodes and their typed relations, and for scope.json the chunks and the
 * MENTIONED_IN links from entities to them. Documents and chunk order are left out.
 */
export async function graphFromExport(records: AsyncIterable<ExportRecord> | Iterable<ExportRecord>): Promise<EvalGraph> {
  const graph: EvalGraph = { entities: [], relations: [], chunks: [], mentions: [] };
  for await (const r of records) {
    if (r.type === 'node') {
      const label = r.labels.find(isEntityLabel);
      if (label) {
        const { name, aliases, docs, sources, ...props } = r.properties;
        graph.entities.push({ id: r.id, label, name: String(name ?? ''), aliases: strings(aliases), docs: fileNames(docs ?? sources), props });
      } else if (r.labels.includes('Chunk')) {
        graph.chunks.push({ id: r.id, doc: basename(String(r.properties.doc ?? '')), text: String(r.properties.text ?? '') });
      }
    } else if (isRelationType(r.label)) {
      const { doc, docs, evidence } = r.properties;
      graph.relations.push({
        type: r.label,
        start: r.start.id,
        end: r.end.id,
        docs: fileNames(doc ?? docs),
        ...(typeof evidence === 'string' && evidence ? { evidence } : {}),
      });
    } else if (r.label === 'MENTIONED_IN') {
      graph.mentions.push({ entity: r.start.id, chunk: r.end.id, doc: basename(String(r.properties.doc ?? '')) });
    }
  }
  return graph;
}
