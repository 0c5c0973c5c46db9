import type { EntityRecord, PropertyValue } from '../../core/records.ts';
import type { EntityNode } from '../../core/store.ts';

/**
 * What one document says about an entity. An entity node is the merge of its
 * facets, so replacing or deleting a document can recompute the node exactly.
 * Both backends use this one merge, which keeps them in parity.
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
 * Merge in document order: the fullest name wins (the first document's among
 * equals: 中华人民共和国 over 我国, 深圳市 over 深圳), aliases are the union, each prop its first non-null value.
 */
export function mergeFacets(id: string, label: EntityNode['label'], facets: Facets): EntityNode {
  const docs = Object.keys(facets).sort();
  const name = docs.map((doc) => facets[doc].name).reduce((best, n) => (n.length > best.length ? n : best));
  const aliases = new Set<string>();
  const props: Record<string, PropertyValue> = {};
  for (const doc of docs) {
    const facet = facets[doc];
    if (facet.name !== name) aliases.add(facet.name);
    for (const alias of facet.aliases) if (alias !== name) aliases.add(alias);
    for (const [key, value] of Object.entries(facet.props)) {
      if (props[key] === undefined && value !== null && value !== undefined) props[key] = value;
    }
  }
  // Props in name order: both stores then serialise an entity alike, whatever order its documents gave them in.
  const sorted = Object.fromEntries(Object.keys(props).sort().map((key) => [key, props[key]]));
  return { id, label, name, aliases: [...aliases].sort(), docs, props: sorted };
}
