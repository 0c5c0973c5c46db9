import type { EntityLabel } from '../../core/ontology.ts';
import type { EntityRecord, PropertyValue } from '../../core/records.ts';
import type { StoredEntity } from '../../core/store.ts';

/**
 * What one document says about an entity. An entity node is the merge of its
 * facets: the fullest name wins (the first document's, by id, among equals:
 * 中华人民共和国 over 我国), aliases are every other name and alias, each prop
 * takes its first non-null value in document order. Both backends keep the
 * merge with the functions below, which keeps them in parity.
 */
export interface Facet {
  name: string;
  aliases: string[];
  props: Record<string, PropertyValue>;
}

export type Facets = Record<string, Facet>;

export function facetOf(entity: EntityRecord): Facet {
  return { name: entity.name, aliases: [...entity.aliases], props: { ...entity.props } };
}

/**
 * The merged view plus what it takes to update it one document at a time:
 * which document gave the name, each name or alias and each prop (the first,
 * by id, among those giving it). Its size grows with an entity's distinct
 * names, not with the number of documents that mention it; and a document
 * that names a known entity as earlier ones did changes nothing of it but its
 * documents (addFacet then returns the same `nameDocs` and `propDocs` objects),
 * so that a store need not rewrite it.
 */
export interface Merge {
  entity: StoredEntity;
  /**
   * How many documents gave a facet: `entity.docs.length` where the store
   * holds the list (embedded); Neo4j's writer reads the count alone and updates
   * the list in the server, so that a hub's documents never travel.
   */
  docCount: number;
  nameDoc: string;
  /** Every name and alias given, with the first document (by id) giving it. */
  nameDocs: Record<string, string>;
  /** The document each prop's value came from. */
  propDocs: Record<string, string>;
}

const namesOf = (facet: Facet) => new Set([facet.name, ...facet.aliases]);

/** Whether `doc` comes before the document that gave `key` first (or nothing gave it): own keys only, so a name like `constructor` is a name. */
const firstFor = (docs: Record<string, string>, key: string, doc: string) => !Object.hasOwn(docs, key) || doc < docs[key];

const better = (name: string, doc: string, than: string, thanDoc: string) =>
  name.length > than.length || (name.length === than.length && doc < thanDoc);

function insertSorted(list: string[], item: string): string[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < item) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === item ? list : [...list.slice(0, lo), item, ...list.slice(lo)];
}

/** Aliases and props in name order: both stores then serialise an entity alike, whatever order its documents gave them in. */
function finish(merge: Omit<Merge, 'entity'>, base: Pick<StoredEntity, 'id' | 'label' | 'docs'> & { name: string }, values: Record<string, PropertyValue>): Merge {
  const aliases = Object.keys(merge.nameDocs).filter((n) => n !== base.name).sort();
  const props = Object.fromEntries(Object.keys(values).sort().map((key) => [key, values[key]]));
  return { ...merge, entity: { id: base.id, label: base.label, name: base.name, aliases, docs: base.docs, props } };
}

/** The merge of an entity's first facet. */
export function firstMerge(id: string, label: EntityLabel, doc: string, facet: Facet): Merge {
  return addFacet({ entity: { id, label, name: facet.name, aliases: [], docs: [], props: {} }, docCount: 0, nameDoc: doc, nameDocs: {}, propDocs: {} }, doc, facet);
}

/** Adds (or, for a document already merged, should not be called with) one document's facet. */
export function addFacet(merge: Merge, doc: string, facet: Facet): Merge {
  const { entity } = merge;
  const givesName = [...namesOf(facet)].some((name) => firstFor(merge.nameDocs, name, doc));
  const takesName = merge.docCount === 0 || better(facet.name, doc, entity.name, merge.nameDoc);
  const givesProp = Object.entries(facet.props).some(([key, value]) => value !== null && value !== undefined && firstFor(merge.propDocs, key, doc));
  const docCount = merge.docCount + 1;
  const docs = insertSorted(entity.docs, doc);
  if (!givesName && !takesName && !givesProp) return { ...merge, docCount, entity: { ...entity, docs } };
  const nameDocs = { ...merge.nameDocs };
  for (const name of namesOf(facet)) if (firstFor(nameDocs, name, doc)) nameDocs[name] = doc;
  const values = { ...entity.props };
  const propDocs = { ...merge.propDocs };
  for (const [key, value] of Object.entries(facet.props)) {
    if (value === null || value === undefined) continue;
    if (firstFor(propDocs, key, doc)) {
      values[key] = value;
      propDocs[key] = doc;
    }
  }
  const name = takesName ? facet.name : entity.name;
  return finish({ docCount, nameDoc: takesName ? doc : merge.nameDoc, nameDocs, propDocs }, { id: entity.id, label: entity.label, name, docs }, values);
}

/** True when `after` (from addFacet or removeFacet on `before`) differs from it only in its documents. */
export const sameView = (before: Merge, after: Merge) => before.nameDocs === after.nameDocs && before.propDocs === after.propDocs && before.nameDoc === after.nameDoc;

/**
 * Removes one document: null when no document is left, 'recompute' when that
 * document gave the name, a name or alias, or a prop first (then the other
 * documents' facets are needed: mergeFacets), else the merge without it, in
 * which every name and prop still comes from a document that stays.
 */
export function removeFacet(merge: Merge, doc: string): Merge | null | 'recompute' {
  if (merge.docCount <= 1) return null;
  if (merge.nameDoc === doc || Object.values(merge.nameDocs).includes(doc) || Object.values(merge.propDocs).includes(doc)) return 'recompute';
  return { ...merge, docCount: merge.docCount - 1, entity: { ...merge.entity, docs: merge.entity.docs.filter((d) => d !== doc) } };
}

/** The merge of every facet at once (what adding them one by one gives, in any order). */
export function mergeFacets(id: string, label: EntityLabel, facets: Facets): Merge {
  const docs = Object.keys(facets).sort();
  if (docs.length === 0) throw new Error(`entity ${id} has no facets left to merge`);
  let merge = firstMerge(id, label, docs[0], facets[docs[0]]);
  for (const doc of docs.slice(1)) merge = addFacet(merge, doc, facets[doc]);
  return merge;
}

/** Facets are equal when a document says the same of an entity as before (a re-ingest that changed nothing about it). */
export const sameFacet = (a: Facet, b: Facet) => JSON.stringify(a) === JSON.stringify(b);
