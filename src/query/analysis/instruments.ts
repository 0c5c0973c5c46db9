import { INSTRUMENT_CATEGORIES, INSTRUMENT_TOOLS, TOOLS, isInstrumentTool, type InstrumentCategory, type InstrumentTool } from '../../../core/instruments/scheme.ts';
import { documentsOf, type EntityNode, type GraphStore } from '../../../core/store.ts';
import type { Evidence } from '../views.ts';
import { SentenceLocator } from './sentences.ts';

export const GROUP_BY = ['region', 'year', 'issuer', 'document'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** The key and display name of the group a measure falls in when its document does not say. */
export const NOT_STATED = { key: 'unknown', name: '(not stated)' };

/** A Measure as the analysis answers show it: its coding and the sentence it was read from. */
export interface CodedMeasure {
  id: string;
  name: string;
  category: InstrumentCategory | null;
  tool: InstrumentTool | null;
  confidence: number | null;
  cue: string | null;
  evidence: Evidence | null;
}

export interface Share {
  count: number;
  /** Of the group's coded measures; 0 when it has none. */
  share: number;
}

export interface InstrumentCell extends Share {
  category: InstrumentCategory;
  tool: InstrumentTool;
  measures: CodedMeasure[];
}

export interface InstrumentGroup {
  key: string;
  name: string;
  /** Measures in the group, coded or not. */
  measures: number;
  uncoded: number;
  categories: (Share & { category: InstrumentCategory })[];
  /** One cell per tool of the scheme, in its order. */
  cells: InstrumentCell[];
}

export interface InstrumentTable {
  groupBy: GroupBy;
  measures: number;
  uncoded: number;
  groups: InstrumentGroup[];
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

export function codingOf(measure: EntityNode): Omit<CodedMeasure, 'evidence'> {
  const tool = isInstrumentTool(measure.props.instrumentTool) ? measure.props.instrumentTool : null;
  return {
    id: measure.id,
    name: measure.name,
    category: tool ? TOOLS[tool].category : null,
    tool,
    confidence: typeof measure.props.instrumentConfidence === 'number' ? measure.props.instrumentConfidence : null,
    cue: text(measure.props.instrumentCue),
  };
}

export async function codedMeasures(store: GraphStore, measures: EntityNode[]): Promise<CodedMeasure[]> {
  const locator = new SentenceLocator(store);
  return Promise.all(measures.map(async (m) => ({ ...codingOf(m), evidence: await locator.own(m) })));
}

const ratio = (count: number, of: number) => (of ? Math.round((count / of) * 10_000) / 10_000 : 0);

/** Counts and shares of each tool and category among `measures`. */
export function mix(measures: CodedMeasure[]): Pick<InstrumentGroup, 'measures' | 'uncoded' | 'categories' | 'cells'> {
  const coded = measures.filter((m) => m.tool);
  return {
    measures: measures.length,
    uncoded: measures.length - coded.length,
    categories: INSTRUMENT_CATEGORIES.map((category) => {
      const count = coded.filter((m) => m.category === category).length;
      return { category, count, share: ratio(count, coded.length) };
    }),
    cells: INSTRUMENT_TOOLS.map((tool) => {
      const behind = coded.filter((m) => m.tool === tool);
      return { category: TOOLS[tool].category, tool, count: behind.length, share: ratio(behind.length, coded.length), measures: behind };
    }),
  };
}

/** The groups a measure falls in: its region, year or issuer as coded at ingest, or each of its documents. */
function groupsOf(store: GraphStore, measure: EntityNode, groupBy: GroupBy): string[] | Promise<string[]> {
  const p = measure.props;
  switch (groupBy) {
    case 'region':
      return [text(p.instrumentRegionId) ?? (text(p.instrumentRegion) ? `name:${p.instrumentRegion}` : NOT_STATED.key)];
    case 'issuer':
      return [text(p.instrumentIssuerId) ?? (text(p.instrumentIssuer) ? `name:${p.instrumentIssuer}` : NOT_STATED.key)];
    case 'year':
      return [typeof p.instrumentYear === 'number' ? String(p.instrumentYear) : NOT_STATED.key];
    case 'document':
      return documentsOf(store, measure);
  }
}

/** Display names of group keys: the entity's current name, the document's title, the year itself. */
async function groupNames(store: GraphStore, groupBy: GroupBy, keys: string[]): Promise<Map<string, string>> {
  const names = new Map(keys.map((k) => [k, k === NOT_STATED.key ? NOT_STATED.name : k.startsWith('name:') ? k.slice(5) : k]));
  if (groupBy === 'region' || groupBy === 'issuer') {
    for (const entity of await store.getEntities(keys.filter((k) => k !== NOT_STATED.key && !k.startsWith('name:')))) names.set(entity.id, entity.name);
  }
  if (groupBy === 'document') {
    for (const doc of await store.listDocuments()) if (names.has(doc.id)) names.set(doc.id, doc.title || doc.id);
  }
  return names;
}

/**
 * The instrument mix of every Measure, grouped by region, year, issuer or
 * document: counts and shares per tool and category, each cell with the
 * measures behind it and the sentence each was read from. Years ascend; other
 * groups go largest first; the group of measures whose documents do not say
 * comes last.
 */
export async function instrumentTable(store: GraphStore, groupBy: GroupBy): Promise<InstrumentTable> {
  const measures = await store.entitiesByLabel('Measure');
  const coded = new Map((await codedMeasures(store, measures)).map((m) => [m.id, m]));
  const members = new Map<string, CodedMeasure[]>();
  for (const measure of measures) {
    for (const key of await groupsOf(store, measure, groupBy)) members.set(key, [...(members.get(key) ?? []), coded.get(measure.id)!]);
  }
  const names = await groupNames(store, groupBy, [...members.keys()]);
  const groups = [...members].map(([key, list]) => ({ key, name: names.get(key)!, ...mix(list) }));
  const last = (g: InstrumentGroup) => (g.key === NOT_STATED.key ? 1 : 0);
  groups.sort((a, b) =>
    last(a) - last(b) ||
    (groupBy === 'year' ? Number(a.key) - Number(b.key) : b.measures - a.measures) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.key < b.key ? -1 : 1),
  );
  return { groupBy, measures: measures.length, uncoded: [...coded.values()].filter((m) => !m.tool).length, groups };
}
