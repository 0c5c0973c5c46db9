import type { EntityRecord, PropertyValue } from '../../ingest/types.ts';
import type { EntityNode } from './types.ts';

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

/** Merge in document order: the first document's name wins, aliases are the union, each prop its first non-null value. */
export function mergeFacets(id: string, label: EntityNode['label'], facets: Facets): EntityNode {
  const docs = Object.keys(facets).sort();
  const name = facets[docs[0]].name;
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
  return { id, label, name, aliases: [...aliases].sort(), docs, props };
}
