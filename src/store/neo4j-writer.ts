import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from '../../core/ontology.ts';
import type { DocumentGraph } from '../../core/records.ts';
import { LISTED_DOCS } from '../../core/store.ts';
import type { Transaction } from 'neo4j-driver';
import { addFacet, facetOf, firstMerge, mergeFacets, removeFacet, sameFacet, sameView, type Facet, type Facets, type Merge } from './facets.ts';
import { documentRows, type EdgeRow } from './rows.ts';
import { normalizeName } from '../../core/names.ts';

/** Every entity label as one label expression: `MATCH (n:ENTITY {id: …})` seeks each label's id index. */
export const ENTITY = ENTITY_LABELS.join('|');
const ANY_NODE = `Document|Chunk|${ENTITY}`;

/** Property of a Document holding what it says of each of its entities (JSON: entity id -> facet). */
export const FACETS = '_facets';
/** Property of a Document listing its entities as `label|id`, so that removing it locks each by its label's index. */
export const ENTITIES = '_entities';
/** Property of an entity holding what updating its merge one document at a time needs (JSON, see facets.ts Merge). */
export const MERGE = '_merge';
/** Property holding an entity's name and aliases as lookup keys (normalizeName), so Cypher can select lookup candidates. */
export const KEYS = '_keys';

type Row = Record<string, unknown>;

/** The node whose `value` changes with every write: what an answer cache checks (GraphStore.revision). */
export const REVISION = 'KgRevision';
/**
 * The last statement of every transaction that changes what the store answers.
 * A new random token, not a count: a count could come back to a value it had
 * before the graph was wiped by hand. Concurrent writers hold the node's lock
 * only from here to their commit.
 */
export const BUMP_REVISION = `MERGE (r:${REVISION} {id: 'graph'}) SET r.value = randomUUID()`;

/**
 * How every read returns an entity: its properties without the lookup keys and the merge state (the writer's
 * own, which it reads with the node's lock), and without the facets entities held before they moved to their
 * documents; with its labels.
 */
/**
 * An entity node as answers carry it: its first LISTED_DOCS documents and how many it has (the cypher/queries
 * files spell the same projection out; test/cypher-files.test.ts checks they agree), or with `all` every document.
 */
export const ENTITY_PROJECTION = (v: string, { all = false } = {}) =>
  `${v} {.*, ${all ? '' : `docs: ${v}.docs[0..${LISTED_DOCS}], `}docCount: size(coalesce(${v}.docs, [])), ${FACETS}: null, ${KEYS}: null, ${MERGE}: null, _labels: labels(${v})}`;

export const nameKeysOf = (entity: { name: string; aliases: string[] }) => [...new Set([entity.name, ...entity.aliases].map(normalizeName))];

/**
 * The node properties an entity is stored with: its merged view for Cypher, its lookup keys, and its merge state;
 * not its list of documents (`docs`), which the writer changes in the server.
 */
function entityProperties(merge: Merge): Row {
  const { entity, nameDoc, nameDocs, propDocs } = merge;
  return {
    ...entity.props,
    name: entity.name,
    aliases: entity.aliases,
    id: entity.id,
    [KEYS]: nameKeysOf(entity),
    [MERGE]: JSON.stringify({ nameDoc, nameDocs, propDocs }),
  };
}

/** What the writer reads of a stored document before replacing or removing it. */
export interface StoredDocument {
  revision: string;
  /** Null for a document written by a version of the store that kept its facets on the entities. */
  facets: Facets | null;
  /** Label of each entity it mentions. */
  labels: Map<string, EntityLabel>;
}

/**
 * An entity node as the writer reads it (locked): its merge state rebuilt from
 * its properties, with the number of its documents but not their list (a
 * hub's list grows with the collection: the writer changes it in the server).
 */
function storedMerge(id: string, label: EntityLabel, p: Record<string, unknown>, docCount: number, stale = false): Merge {
  const state = JSON.parse(p[MERGE] as string) as Omit<Merge, 'entity' | 'docCount'>;
  const { nameDoc, propDocs } = state;
  if (!state.nameDocs && !stale) throw new Error(`entity ${id} has a merge state from an older version of the store: open the store once to migrate it`);
  // A state being migrated (migrate) is rebuilt from the documents' facets; this stands in only if none are found.
  const nameDocs = state.nameDocs ?? Object.fromEntries([p.name as string, ...((p.aliases as string[]) ?? [])].map((name) => [name, nameDoc]));
  const props = Object.fromEntries(Object.keys(propDocs).sort().map((key) => [key, p[key] as never]));
  return {
    entity: { id, label, name: p.name as string, aliases: (p.aliases as string[]) ?? [], docs: [], props },
    docCount,
    nameDoc,
    nameDocs,
    propDocs,
  };
}

/**
 * Every edge of a document in one statement, its type a dynamic type (Neo4j
 * 5.26), so that the query text, and the plan Neo4j caches for it, is the
 * same for every batch. Types come from the ontology and the writer, never
 * from input. Endpoints are found by element id, which the writer learnt
 * when it wrote or locked them.
 */
const CREATE_EDGES = `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = $nodes[toInteger(row[0])]
MATCH (b) WHERE elementId(b) = $nodes[toInteger(row[1])]
CREATE (a)-[r:$(row[2])]->(b) SET r = row[3], r.doc = $doc
RETURN count(*) AS written`;

/** The relations of a document, each type seeking its `doc` index; one statement for all. */
const DELETE_RELATIONS = `CALL {
${RELATION_TYPES.map((type) => `  MATCH ()-[r:${type}]->() WHERE r.doc = $doc DELETE r RETURN count(*) AS n`).join('\n  UNION ALL\n')}
}
RETURN sum(n) AS deleted`;

/** Locks (and with MERGE creates) entities of every label by id; one parameter per label holds its ids, sorted. */
const lockEntitiesQuery = (clause: 'MERGE' | 'MATCH') => `CALL {
${ENTITY_LABELS.map(
  (label) => `  UNWIND $${label} AS id ${clause} (n:${label} {id: id}) SET n._locked = true REMOVE n._locked
  RETURN '${label}' AS label, id, elementId(n) AS element, n {.*, docs: null} AS p, size(coalesce(n.docs, [])) AS docCount`,
).join('\n  UNION ALL\n')}
}
RETURN label, id, element, p, docCount`;
const LOCK_OR_CREATE = lockEntitiesQuery('MERGE');
const LOCK = lockEntitiesQuery('MATCH');

/**
 * Writes and removes one document's part of the graph inside a transaction the
 * caller owns. A document's rows are created (its old ones were removed
 * first); the entities it mentions are merged on their constrained ids and
 * locked in id order before they are read, so concurrent writers never lose
 * each other's facets. `afterBatch` runs after each statement that wrote rows.
 */
export class DocumentWriter {
  constructor(
    private readonly tx: Transaction,
    private readonly batchSize: number,
    private readonly afterBatch: () => void,
  ) {}

  private async batched(cypher: string, rows: unknown[], check?: (written: number, sent: number) => void, params: Row = {}): Promise<void> {
    for (let i = 0; i < rows.length; i += this.batchSize) {
      const batch = rows.slice(i, i + this.batchSize);
      const result = await this.tx.run(cypher, { ...params, rows: batch });
      check?.(result.records[0]?.get('written').toNumber() ?? 0, batch.length);
      this.afterBatch();
    }
  }

  /** Locks the Document node (created empty when new) and returns what is stored of it: null when it was not stored. */
  async lockDocument(id: string): Promise<StoredDocument | null> {
    const result = await this.tx.run(
      `MERGE (d:Document {id: $id}) ON CREATE SET d._creating = true
       SET d._locked = true REMOVE d._locked
       RETURN d._creating AS creating, coalesce(d.revision, '') AS revision, d.${FACETS} AS facets, d.${ENTITIES} AS entities`,
      { id },
    );
    const record = result.records[0];
    if (record.get('creating')) return null;
    const facets = record.get('facets') as string | null;
    const labels = ((record.get('entities') as string[] | null) ?? []).map((key): [string, EntityLabel] => {
      const [label, entity] = key.split('|');
      return [entity, label as EntityLabel];
    });
    return { revision: record.get('revision'), facets: facets ? (JSON.parse(facets) as Facets) : null, labels: new Map(labels) };
  }

  /**
   * Writes the document (its node locked by lockDocument and emptied by
   * remove when it was stored); `kept` are entities whose merge already holds
   * this document's facet unchanged.
   */
  async add(graph: DocumentGraph, kept: Set<string> = new Set()): Promise<void> {
    const rows = documentRows(graph);
    const doc = rows.document.id;
    const facets = Object.fromEntries(graph.entities.map((e) => [e.id, facetOf(e)]));
    const embeddings = new Map(graph.chunks.map((c) => [c.id, c.embedding]));
    const created = await this.tx.run(
      `MATCH (d:Document {id: $doc}) SET d = $properties
       WITH d UNWIND $chunks AS chunk CREATE (c:Chunk) SET c = chunk RETURN chunk.id AS id, elementId(c) AS element
       UNION ALL
       MATCH (d:Document {id: $doc}) RETURN d.id AS id, elementId(d) AS element`,
      {
        doc,
        properties: {
          ...rows.document.properties,
          text: graph.document.text,
          id: doc,
          [FACETS]: JSON.stringify(facets),
          [ENTITIES]: graph.entities.map((e) => `${e.label}|${e.id}`),
        },
        chunks: rows.chunks.map((c) => ({ ...c.properties, embedding: embeddings.get(c.id) ?? null, id: c.id })),
      },
    );
    this.afterBatch();
    const elements = new Map(created.records.map((r) => [r.get('id') as string, r.get('element') as string]));

    const merges = await this.lockEntities(graph.entities.map((e) => ({ id: e.id, label: e.label })), true);
    const updated = graph.entities.flatMap((entity) => {
      if (kept.has(entity.id)) return [];
      const { label, merge: before } = merges.get(entity.id)!;
      const facet = facets[entity.id];
      return [{ before, after: before ? addFacet(before, doc, facet) : firstMerge(entity.id, label, doc, facet) }];
    });
    await this.setEntities(updated, merges, { added: doc });
    for (const [id, { element }] of merges) elements.set(id, element);
    await this.elementsOf(rows.edges, elements);
    // Each node's element id is sent once; an edge names its ends by their place in that list, and takes `doc` from the statement.
    const nodes: string[] = [];
    const place = new Map<string, number>();
    const at = (id: string) => {
      let i = place.get(id);
      if (i === undefined) place.set(id, (i = nodes.push(elements.get(id)!) - 1));
      return i;
    };
    await this.batched(
      CREATE_EDGES,
      rows.edges.map(({ start, end, type, id, properties: { doc: _doc, ...properties } }) => [at(start), at(end), type, { ...properties, id }]),
      (written, sent) => {
        if (written !== sent) throw new Error(`${doc}: ${sent - written} relation(s) point at nodes that do not exist`);
      },
      { nodes, doc },
    );
  }

  /**
   * Locks entity nodes in one order for every writer (by id), taking each
   * node's write lock before it is read, and returns each one's element id,
   * label and stored merge (null when new). `create` merges the missing ones
   * (empty) on their constrained ids; otherwise only stored ones are found
   * (through their label's index when it is known).
   */
  private async lockEntities(entities: { id: string; label?: EntityLabel }[], create: boolean, { stale = false } = {}) {
    const out = new Map<string, { element: string; label: EntityLabel; merge: Merge | null }>();
    const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : 1));
    const read = (label: EntityLabel | null) => (r: { get(key: string): unknown }) => {
      const p = r.get('p') as Record<string, unknown>;
      const id = r.get('id') as string;
      const found = label ?? entityLabel(r.get('labels') as string[]);
      out.set(id, { element: r.get('element') as string, label: found, merge: p[MERGE] ? storedMerge(id, found, p, Number(r.get('docCount')), stale) : null });
    };
    const unlabelled = sorted.filter((e) => !e.label);
    if (unlabelled.length) {
      const result = await this.tx.run(
        `UNWIND $ids AS id MATCH (n:${ENTITY} {id: id}) SET n._locked = true REMOVE n._locked
         RETURN id, labels(n) AS labels, elementId(n) AS element, n {.*, docs: null} AS p, size(coalesce(n.docs, [])) AS docCount`,
        { ids: unlabelled.map((e) => e.id) },
      );
      result.records.forEach(read(null));
    }
    const byLabel = groupBy(sorted.filter((e) => e.label), (e) => e.label!);
    if (byLabel.size === 0) return out;
    // Every label in one round trip, in the one order (label, then id) every writer locks in.
    const result = await this.tx.run(create ? LOCK_OR_CREATE : LOCK, Object.fromEntries(ENTITY_LABELS.map((l) => [l, byLabel.get(l)?.map((e) => e.id) ?? []])));
    for (const r of result.records) read(r.get('label') as EntityLabel)(r);
    return out;
  }

  /**
   * Writes each entity's merged view and merge state where they changed (the
   * props the merge no longer has are removed). The document added or removed
   * goes into or out of each entity's sorted `docs` in the server: the list is
   * never read or sent. Most documents name known entities as earlier ones did:
   * for those, the list is all that changes.
   */
  private async setEntities(
    changes: { after: Merge; before: Merge | null; rebuilt?: boolean }[],
    elements: Map<string, { element: string }>,
    doc?: { added: string } | { removed: string },
  ): Promise<void> {
    const docs = !doc
      ? 'n.docs'
      : 'added' in doc
        ? '[d IN coalesce(n.docs, []) WHERE d < $doc] + $doc + [d IN coalesce(n.docs, []) WHERE d > $doc]'
        : '[d IN coalesce(n.docs, []) WHERE d <> $doc]';
    await this.batched(
      `UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.element SET n += row.properties, n.docs = ${docs}`,
      changes.map(({ after, before, rebuilt }) => {
        const element = elements.get(after.entity.id)!.element;
        if (before && !rebuilt && sameView(before, after)) return { element, properties: {} };
        const next = entityProperties(after);
        const previous = before ? entityProperties(before) : {};
        const properties: Row = {};
        // Own keys only: a prop may be spelled like a built-in object property (toString).
        for (const key of Object.keys(previous)) if (!Object.hasOwn(next, key)) properties[key] = null;
        for (const [key, value] of Object.entries(next)) {
          if (!Object.hasOwn(previous, key) || JSON.stringify(value) !== JSON.stringify(previous[key])) properties[key] = value;
        }
        // A rebuilt state replaces one stored in another shape, which `before` (read into this shape) does not show.
        if (rebuilt) properties[MERGE] = next[MERGE];
        return { element, properties };
      }),
      undefined,
      doc ? { doc: 'added' in doc ? doc.added : doc.removed } : {},
    );
  }

  /** Element ids of stored nodes that edges point at but this document did not write or lock. */
  private async elementsOf(edges: EdgeRow[], elements: Map<string, string>): Promise<void> {
    const others = [...new Set(edges.flatMap((e) => [e.start, e.end]).filter((id) => !elements.has(id)))];
    if (others.length === 0) return;
    const found = await this.tx.run(`UNWIND $ids AS id MATCH (n:${ANY_NODE} {id: id}) RETURN n.id AS id, elementId(n) AS element`, { ids: others });
    for (const r of found.records) elements.set(r.get('id'), r.get('element'));
    const missing = others.filter((id) => !elements.has(id));
    if (missing.length) throw new Error(`relations point at nodes that do not exist: ${missing.slice(0, 5).join(', ')}`);
  }

  /**
   * Removes what a stored document wrote: its chunks (with their edges), its
   * relations (by their `doc` index), and its facet of each of its entities.
   * An entity whose merge this document did not decide is updated from its
   * own state; only when it gave the name or a prop are the other documents'
   * facets read. With `next` (a replacement), the document node stays (locked,
   * to be rewritten) and entities it mentions again with the same facet are
   * left as they are: their ids are returned, for add.
   */
  async remove(doc: string, { facets, labels }: StoredDocument, next?: DocumentGraph): Promise<Set<string>> {
    await this.tx.run('MATCH (c:Chunk {doc: $doc}) DETACH DELETE c', { doc });
    await this.tx.run(DELETE_RELATIONS, { doc });
    const again = new Map(next?.entities.map((e) => [e.id, facetOf(e)]) ?? []);
    const stored = facets ?? {};
    const kept = new Set(Object.keys(stored).filter((id) => again.has(id) && sameFacet(again.get(id)!, stored[id])));
    const touched = Object.keys(stored).filter((id) => !kept.has(id));
    // Without its facets, the entities that list the document are found by a scan, and rebuilt from their other documents.
    const unknown = facets ? [] : await this.entitiesListing(doc);
    const locked = await this.lockEntities([...touched, ...unknown].map((id) => ({ id, label: labels.get(id) })), false);
    const orphans: string[] = [];
    const updates: { after: Merge; before: Merge }[] = [];
    const recompute: { id: string; label: EntityLabel; element: string; before: Merge }[] = [];
    for (const [id, { label, element, merge }] of locked) {
      if (!merge) continue;
      const after = stored[id] ? removeFacet(merge, doc) : merge.docCount > 1 ? 'recompute' : null;
      if (after === null) orphans.push(id);
      else if (after === 'recompute') recompute.push({ id, label, element, before: merge });
      else updates.push({ after, before: merge });
    }
    for (const after of await this.recomputed(recompute, doc)) updates.push({ after, before: locked.get(after.entity.id)!.merge! });
    await this.batched('UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.element DETACH DELETE n', orphans.map((id) => ({ element: locked.get(id)!.element })));
    await this.setEntities(updates, locked, { removed: doc });
    if (!next) await this.tx.run('MATCH (d:Document {id: $doc}) DETACH DELETE d', { doc });
    return kept;
  }

  private async entitiesListing(doc: string): Promise<string[]> {
    const result = await this.tx.run(`MATCH (n:${ENTITY}) WHERE $doc IN n.docs RETURN n.id AS id`, { doc });
    return result.records.map((r) => r.get('id') as string);
  }

  /** Marks the transaction's changes for answer caches (BUMP_REVISION); called last. */
  async bump(): Promise<void> {
    await this.tx.run(BUMP_REVISION);
  }

  /**
   * Brings entities written by older versions of the store to this one's
   * shape: facets moved onto their documents (migrateEntityFacets), then merge
   * states that counted each name's documents rebuilt with each name's first
   * document. Returns how many entities changed.
   */
  async migrate(): Promise<number> {
    const moved = await migrateEntityFacets(this.tx);
    // Every state this version writes holds `"nameDocs":{` (an old one could hold it only as a name followed by a count).
    const counted = await this.tx.run(`MATCH (n:${ENTITY}) WHERE NOT n.${MERGE} CONTAINS '"nameDocs":{' RETURN n.id AS id, labels(n) AS labels`);
    const ids = counted.records.map((r) => ({ id: r.get('id') as string, label: entityLabel(r.get('labels')) }));
    if (ids.length === 0) return moved;
    const locked = await this.lockEntities(ids, false, { stale: true });
    const rebuilt = await this.recomputed(
      [...locked].map(([id, { label, element, merge }]) => ({ id, label, element, before: merge! })),
      null,
    );
    await this.setEntities(
      rebuilt.map((after) => ({ after, before: locked.get(after.entity.id)!.merge!, rebuilt: true })),
      locked,
    );
    return moved + ids.length;
  }

  /**
   * Merges rebuilt from the facets the other documents store of each entity
   * (the one path that reads an entity's list of documents: its name or a prop
   * came from the document removed). A document without its facets (written by
   * a version of the store that kept none there) still counts among the
   * entity's documents.
   */
  private async recomputed(entities: { id: string; label: EntityLabel; element: string; before: Merge }[], removed: string | null): Promise<Merge[]> {
    if (entities.length === 0) return [];
    const listed = await this.tx.run('UNWIND $elements AS element MATCH (n) WHERE elementId(n) = element RETURN n.id AS id, n.docs AS docs', {
      elements: entities.map((e) => e.element),
    });
    const docsOf = new Map(listed.records.map((r) => [r.get('id') as string, ((r.get('docs') as string[] | null) ?? []).filter((d) => d !== removed)]));
    const docs = [...new Set([...docsOf.values()].flat())];
    const result = await this.tx.run(
      `UNWIND $docs AS doc MATCH (d:Document {id: doc}) RETURN d.id AS id, d.${FACETS} AS facets`,
      { docs },
    );
    const byDoc = new Map(result.records.map((r) => [r.get('id') as string, JSON.parse(r.get('facets') ?? '{}') as Record<string, Facet>]));
    return entities.map(({ id, label, before }) => {
      const of = docsOf.get(id) ?? [];
      const facets: Facets = {};
      for (const doc of of) {
        const facet = byDoc.get(doc)?.[id];
        if (facet) facets[doc] = facet;
      }
      const merge = Object.keys(facets).length ? mergeFacets(id, label, facets) : before;
      return { ...merge, docCount: of.length, entity: { ...merge.entity, docs: of } };
    });
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

/**
 * Stores written before facets lived with their documents kept every
 * document's facet of an entity on the entity (`_facets`, JSON by document).
 * Moves them onto the documents and gives each entity its merge state.
 */
export async function migrateEntityFacets(tx: Transaction): Promise<number> {
  const result = await tx.run(`MATCH (n:${ENTITY}) WHERE n._facets IS NOT NULL RETURN n.id AS id, labels(n) AS labels, n._facets AS facets`);
  if (result.records.length === 0) return 0;
  const byDoc = new Map<string, { facets: Record<string, Facet>; entities: string[] }>();
  const rows = result.records.map((r) => {
    const id = r.get('id') as string;
    const label = entityLabel(r.get('labels'));
    const facets = JSON.parse(r.get('facets')) as Facets;
    for (const [doc, facet] of Object.entries(facets)) {
      const of = byDoc.get(doc) ?? { facets: {}, entities: [] };
      of.facets[id] = facet;
      of.entities.push(`${label}|${id}`);
      byDoc.set(doc, of);
    }
    const merge = mergeFacets(id, label, facets);
    return { id, properties: { ...entityProperties(merge), docs: merge.entity.docs } };
  });
  await tx.run(`UNWIND $rows AS row MATCH (n:${ENTITY} {id: row.id}) SET n = row.properties`, { rows });
  await tx.run(`UNWIND $rows AS row MATCH (d:Document {id: row.doc}) SET d.${FACETS} = row.facets, d.${ENTITIES} = row.entities`, {
    rows: [...byDoc].map(([doc, { facets, entities }]) => ({ doc, facets: JSON.stringify(facets), entities })),
  });
  return rows.length;
}
