import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from '../../core/ontology.ts';
import type { DocumentGraph } from '../../core/records.ts';
import type { Transaction } from 'neo4j-driver';
import { facetOf, mergeFacets, type Facets } from './facets.ts';
import { documentRows } from './rows.ts';
import { normalizeName } from '../../core/names.ts';

/** Every entity label as one label expression: `MATCH (n:ENTITY {id: …})` seeks each label's id index. */
export const ENTITY = ENTITY_LABELS.join('|');
const ANY_NODE = `Document|Chunk|${ENTITY}`;
const STRUCTURE_TYPES = ['HAS_CHUNK', 'NEXT_CHUNK', 'MENTIONED_IN'];

/** Property holding an entity's facets as JSON: what each document says about it (see facets.ts). */
export const FACETS = '_facets';

type Row = Record<string, unknown>;

/** Property holding an entity's name and aliases as lookup keys (normalizeName), so Cypher can select lookup candidates. */
export const KEYS = '_keys';

/** How every read returns an entity: its properties without facets and lookup keys, with its labels (see entityFromRow). */
export const ENTITY_PROJECTION = (v: string) => `${v} {.*, ${FACETS}: null, ${KEYS}: null, _labels: labels(${v})}`;

export const nameKeysOf = (entity: { name: string; aliases: string[] }) => [...new Set([entity.name, ...entity.aliases].map(normalizeName))];

/** The node properties an entity is stored with: its merged view for Cypher, its lookup keys, and its facets to recompute it. */
function entityProperties(id: string, label: EntityLabel, facets: Facets): Row {
  const entity = mergeFacets(id, label, facets).entity;
  return { ...entity.props, name: entity.name, aliases: entity.aliases, docs: entity.docs, id, [KEYS]: nameKeysOf(entity), [FACETS]: JSON.stringify(facets) };
}

/**
 * Writes and removes one document's part of the graph inside a transaction the
 * caller owns, with `UNWIND $rows … MERGE` on the constrained ids, `batchSize`
 * rows per statement. `afterBatch` runs after each statement that wrote rows.
 */
export class DocumentWriter {
  constructor(
    private readonly tx: Transaction,
    private readonly batchSize: number,
    private readonly afterBatch: () => void,
  ) {}

  private async batched(cypher: string, rows: Row[], check?: (written: number, sent: number) => void): Promise<void> {
    for (let i = 0; i < rows.length; i += this.batchSize) {
      const batch = rows.slice(i, i + this.batchSize);
      const result = await this.tx.run(cypher, { rows: batch });
      check?.(result.records[0]?.get('written').toNumber() ?? 0, batch.length);
      this.afterBatch();
    }
  }

  async add(graph: DocumentGraph): Promise<void> {
    const rows = documentRows(graph);
    const doc = rows.document.id;
    await this.batched('UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row', [
      { ...rows.document.properties, text: graph.document.text, id: doc },
    ]);
    const embeddings = new Map(graph.chunks.map((c) => [c.id, c.embedding]));
    await this.batched(
      'UNWIND $rows AS row MERGE (c:Chunk {id: row.id}) SET c = row',
      rows.chunks.map((c) => ({ ...c.properties, embedding: embeddings.get(c.id) ?? null, id: c.id })),
    );
    const labels = new Map<string, string>([[doc, 'Document'], ...rows.chunks.map((c): [string, string] => [c.id, 'Chunk'])]);
    for (const [id, label] of await this.upsertEntities(doc, graph)) labels.set(id, label);
    await this.labelOthers(rows.edges.flatMap((e) => [e.start, e.end]), labels);
    // One statement per (type, start label, end label): single-label lookups plan fast and seek one index.
    const groups = groupBy(rows.edges, (e) => `${e.type}|${labels.get(e.start)}|${labels.get(e.end)}`);
    for (const [key, edges] of groups) {
      const [type, startLabel, endLabel] = key.split('|');
      await this.batched(
        `UNWIND $rows AS row
         MATCH (a:${startLabel} {id: row.start}) MATCH (b:${endLabel} {id: row.end})
         MERGE (a)-[r:${type} {id: row.id}]->(b) SET r = row.properties, r.id = row.id
         RETURN count(r) AS written`,
        edges as unknown as Row[],
        (written, sent) => {
          if (written !== sent) throw new Error(`${doc}: ${sent - written} ${type} relation(s) point at nodes that do not exist`);
        },
      );
    }
  }

  /** Adds the labels of stored nodes that relations point at but this document does not hold. */
  private async labelOthers(ids: string[], labels: Map<string, string>): Promise<void> {
    const others = [...new Set(ids.filter((id) => !labels.has(id)))];
    if (others.length === 0) return;
    const found = await this.tx.run(`UNWIND $ids AS id MATCH (n:${ANY_NODE} {id: id}) RETURN n.id AS id, labels(n)[0] AS label`, {
      ids: others,
    });
    for (const r of found.records) labels.set(r.get('id'), r.get('label'));
    const missing = others.filter((id) => !labels.has(id));
    if (missing.length) throw new Error(`relations point at nodes that do not exist: ${missing.slice(0, 5).join(', ')}`);
  }

  /** Adds this document's facet to each of its entities, creating the entities it is the first to mention; returns their labels. */
  private async upsertEntities(doc: string, graph: DocumentGraph): Promise<Map<string, EntityLabel>> {
    const ids = graph.entities.map((e) => e.id);
    const stored = await this.tx.run(
      `UNWIND $ids AS id MATCH (n:${ENTITY} {id: id}) RETURN n.id AS id, labels(n) AS labels, n.${FACETS} AS facets`,
      { ids },
    );
    const existing = new Map(
      stored.records.map((r) => [r.get('id') as string, { label: entityLabel(r.get('labels')), facets: JSON.parse(r.get('facets')) as Facets }]),
    );
    const rows = graph.entities.map((entity) => {
      const before = existing.get(entity.id);
      const label = before?.label ?? entity.label;
      const facets = { ...before?.facets, [doc]: facetOf(entity) };
      return { label, id: entity.id, properties: entityProperties(entity.id, label, facets) };
    });
    await this.upsert(rows, 'MERGE');
    return new Map(rows.map((r) => [r.id, r.label]));
  }

  /** Writes entity nodes label by label; `MATCH` only updates nodes that exist. */
  private async upsert(rows: { label: EntityLabel; id: string; properties: Row }[], clause: 'MERGE' | 'MATCH'): Promise<void> {
    for (const [label, group] of groupBy(rows, (r) => r.label)) {
      await this.batched(
        `UNWIND $rows AS row ${clause} (n:${label} {id: row.id}) SET n = row.properties`,
        group.map(({ id, properties }) => ({ id, properties })),
      );
    }
  }

  /** Removes the document, its chunks and relations, and its facet of each entity; entities left without facets go. */
  async remove(doc: string): Promise<void> {
    for (const type of [...STRUCTURE_TYPES, ...RELATION_TYPES]) {
      await this.tx.run(`MATCH ()-[r:${type}]->() WHERE r.doc = $doc DELETE r`, { doc });
    }
    await this.tx.run('MATCH (c:Chunk {doc: $doc}) DETACH DELETE c', { doc });
    const touched = await this.tx.run(
      `MATCH (n:${ENTITY}) WHERE $doc IN n.docs RETURN n.id AS id, labels(n) AS labels, n.${FACETS} AS facets`,
      { doc },
    );
    const orphans: string[] = [];
    const updates: { label: EntityLabel; id: string; properties: Row }[] = [];
    for (const record of touched.records) {
      const id = record.get('id') as string;
      const label = entityLabel(record.get('labels'));
      const { [doc]: _removed, ...facets } = JSON.parse(record.get('facets')) as Facets;
      if (Object.keys(facets).length === 0) orphans.push(id);
      else updates.push({ label, id, properties: entityProperties(id, label, facets) });
    }
    await this.batched(`UNWIND $rows AS row MATCH (n:${ENTITY} {id: row.id}) DETACH DELETE n`, orphans.map((id) => ({ id })));
    await this.upsert(updates, 'MATCH');
    await this.tx.run('MATCH (d:Document {id: $doc}) DETACH DELETE d', { doc });
  }
}

export function entityLabel(labels: string[]): EntityLabel {
  const label = labels.find((l): l is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(l));
  if (!label) throw new Error(`node with labels ${labels.join(':')} is not an entity`);
  return label;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
