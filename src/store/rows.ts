import type { DocumentGraph, PropertyValue } from '../../core/records.ts';
import { createHash } from 'node:crypto';
import type { ExportRecord } from '../../core/store.ts';

/**
 * The rows one document writes, as both backends store them. Keeping this in
 * one place is what makes the embedded store and Neo4j hold the same graph.
 */
export interface EdgeRow {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, PropertyValue>;
}

export interface DocumentRows {
  document: { id: string; properties: Record<string, PropertyValue> };
  chunks: { id: string; properties: Record<string, PropertyValue> }[];
  /** HAS_CHUNK, NEXT_CHUNK, MENTIONED_IN and the extracted relations. */
  edges: EdgeRow[];
}

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export function documentProperties(graph: Pick<DocumentGraph, 'document'>): Record<string, PropertyValue> {
  const { title, path, sha256, revision, format, date, text, merges } = graph.document;
  return { title, path, sha256, revision, format, date, chars: text.length, merges: merges ?? [] };
}

/** A document's chunk nodes, as both backends store them. */
export function chunkRows(graph: Pick<DocumentGraph, 'document' | 'chunks'>): DocumentRows['chunks'] {
  const doc = graph.document.id;
  return graph.chunks.map((c) => ({
    id: c.id,
    properties: { doc, index: c.index, text: c.text, start: c.start, end: c.end, sectionPath: c.sectionPath },
  }));
}

export function documentRows(graph: DocumentGraph): DocumentRows {
  const doc = graph.document.id;
  const chunks = chunkRows(graph);
  const edges: EdgeRow[] = [];
  const ordered = [...graph.chunks].sort((a, b) => a.index - b.index);
  ordered.forEach((c, i) => {
    edges.push({ id: `hc_${c.id}`, type: 'HAS_CHUNK', start: doc, end: c.id, properties: { doc } });
    const next = ordered[i + 1];
    if (next) edges.push({ id: `nc_${c.id}`, type: 'NEXT_CHUNK', start: c.id, end: next.id, properties: { doc } });
  });

  // One MENTIONED_IN edge per (entity, chunk), holding every occurrence's offsets.
  const mentions = new Map<string, EdgeRow>();
  for (const m of [...graph.mentions].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const id = `m_${shortHash(`${m.entity}|${m.chunk}`)}`;
    let edge = mentions.get(id);
    if (!edge) {
      edge = { id, type: 'MENTIONED_IN', start: m.entity, end: m.chunk, properties: { doc, spans: [], surfaces: [] } };
      mentions.set(id, edge);
    }
    (edge.properties.spans as number[]).push(m.start, m.end);
    const surfaces = edge.properties.surfaces as string[];
    if (!surfaces.includes(m.surface)) surfaces.push(m.surface);
  }
  // Not push(...values): a long document has more mentions than a call can take arguments.
  for (const edge of mentions.values()) edges.push(edge);

  for (const r of graph.relations) {
    edges.push({
      id: r.id,
      type: r.type,
      start: r.start,
      end: r.end,
      properties: {
        doc,
        evidence: r.evidence,
        spanStart: r.spanStart,
        spanEnd: r.spanEnd,
        confidence: r.confidence,
        rule: r.rule,
      },
    });
  }
  return { document: { id: doc, properties: documentProperties(graph) }, chunks, edges };
}

const LABEL_ORDER = ['Document', 'Chunk', 'Institution', 'Policy', 'Measure', 'Platform', 'Region', 'Event', 'Outcome'];

/** The one export order both backends use: nodes by label then id, then relationships by type then id. */
export function compareExport(a: ExportRecord, b: ExportRecord): number {
  if (a.type !== b.type) return a.type === 'node' ? -1 : 1;
  if (a.type === 'node' && b.type === 'node') {
    const la = LABEL_ORDER.indexOf(a.labels[0]);
    const lb = LABEL_ORDER.indexOf(b.labels[0]);
    if (la !== lb) return la - lb;
  } else if (a.type === 'relationship' && b.type === 'relationship' && a.label !== b.label) {
    return a.label < b.label ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
