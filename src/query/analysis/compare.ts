import { INSTRUMENT_CATEGORIES, type InstrumentCategory, type InstrumentTool } from '../../../core/instruments/scheme.ts';
import { normalizeName } from '../../../core/names.ts';
import type { EntityNode, GraphStore } from '../../../core/store.ts';
import { entityRef, type EntityRef } from '../views.ts';
import { codedMeasures, mix, type CodedMeasure, type Share } from './instruments.ts';

export interface Side {
  entity: EntityRef;
  measures: number;
  uncoded: number;
}

export interface ToolComparison {
  category: InstrumentCategory;
  tool: InstrumentTool;
  a: Share;
  b: Share;
  /** Which side alone uses the tool; null when both or neither do. */
  only: 'a' | 'b' | null;
}

export interface Comparison {
  a: Side;
  b: Side;
  categories: { category: InstrumentCategory; a: Share; b: Share }[];
  tools: ToolComparison[];
  measures: { onlyA: CodedMeasure[]; onlyB: CodedMeasure[]; both: CodedMeasure[] };
}

/**
 * The measures of a region (coded at ingest as set there), of a body (it
 * issued the policy they belong to, or it implements them) or of a policy
 * (they are part of it), by id.
 */
async function measuresOf(store: GraphStore, entity: EntityNode, all: () => Promise<EntityNode[]>): Promise<EntityNode[]> {
  const found = new Map<string, EntityNode>();
  const names = new Set([entity.name, ...entity.aliases].map(normalizeName));
  const set = (key: 'instrumentRegion' | 'instrumentIssuer', m: EntityNode) =>
    m.props[`${key}Id`] === entity.id || (typeof m.props[key] === 'string' && names.has(normalizeName(m.props[key] as string)));
  switch (entity.label) {
    case 'Region':
      for (const m of await all()) if (set('instrumentRegion', m)) found.set(m.id, m);
      break;
    case 'Institution': {
      for (const m of await all()) if (set('instrumentIssuer', m)) found.set(m.id, m);
      const { nodes } = await store.expand([entity.id], { types: ['IMPLEMENTS'], direction: 'out', labels: ['Measure'] });
      for (const n of nodes) if (n.label === 'Measure') found.set(n.id, n);
      break;
    }
    case 'Policy': {
      const { nodes } = await store.expand([entity.id], { types: ['PART_OF'], direction: 'in', labels: ['Measure'] });
      for (const n of nodes) if (n.label === 'Measure') found.set(n.id, n);
      break;
    }
    default:
      throw new Error(`${entity.name} is a ${entity.label}: only regions, institutions and policies have measures`);
  }
  return [...found.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
}

/** What the measures of `a` and `b` share and what only one of them has, by tool and by measure (same entity or same name). */
export async function compare(store: GraphStore, a: EntityNode, b: EntityNode): Promise<Comparison> {
  let every: Promise<EntityNode[]> | null = null;
  const all = () => (every ??= store.entitiesByLabel('Measure'));
  const [left, right] = await Promise.all([measuresOf(store, a, all), measuresOf(store, b, all)]);
  const [codedA, codedB] = await Promise.all([codedMeasures(store, left), codedMeasures(store, right)]);
  const mixA = mix(codedA);
  const mixB = mix(codedB);
  const key = (m: CodedMeasure) => normalizeName(m.name);
  const inB = new Set([...codedB.map((m) => m.id), ...codedB.map(key)]);
  const inA = new Set([...codedA.map((m) => m.id), ...codedA.map(key)]);
  return {
    a: { entity: entityRef(a), measures: mixA.measures, uncoded: mixA.uncoded },
    b: { entity: entityRef(b), measures: mixB.measures, uncoded: mixB.uncoded },
    categories: INSTRUMENT_CATEGORIES.map((category, i) => ({
      category,
      a: { count: mixA.categories[i].count, share: mixA.categories[i].share },
      b: { count: mixB.categories[i].count, share: mixB.categories[i].share },
    })),
    tools: mixA.cells.map((cell, i) => {
      const other = mixB.cells[i];
      return {
        category: cell.category,
        tool: cell.tool,
        a: { count: cell.count, share: cell.share },
        b: { count: other.count, share: other.share },
        only: cell.count && !other.count ? 'a' : other.count && !cell.count ? 'b' : null,
      };
    }),
    measures: {
      onlyA: codedA.filter((m) => !inB.has(m.id) && !inB.has(key(m))),
      onlyB: codedB.filter((m) => !inA.has(m.id) && !inA.has(key(m))),
      both: codedA.filter((m) => inB.has(m.id) || inB.has(key(m))),
    },
  };
}
