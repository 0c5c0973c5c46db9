import type { EntityLabel, RelationType } from '../../core/ontology.ts';
import type { PropertyValue } from '../../core/records.ts';
import type { GoldEntity, GoldRelation, GoldSet } from './gold.ts';
import { entitiesMatch, evalKey, type Comparable } from './match.ts';

/** An entity node as the store exports it. */
export interface EvalEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Documents (file names) the entity was read from. */
  docs: string[];
  props: Record<string, PropertyValue>;
}

export interface EvalRelation {
  type: RelationType;
  /** Entity ids. */
  start: string;
  end: string;
  doc: string;
  evidence?: string;
}

export interface EvalGraph {
  entities: EvalEntity[];
  relations: EvalRelation[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  /** NaN when undefined (nothing predicted / nothing in the gold). */
  precision: number;
  recall: number;
  f1: number;
}

/** Scores per key (label or relation type), per document and key, and the micro average. */
export interface Breakdown {
  byKey: Record<string, Prf>;
  byDoc: Record<string, Record<string, Prf>>;
  micro: Prf;
}

export interface EvalItem {
  doc: string;
  /** Label or relation type. */
  key: string;
  text: string;
}

export interface GraphScore {
  docs: string[];
  entities: Breakdown;
  relations: Breakdown;
  misses: { entities: EvalItem[]; relations: EvalItem[] };
  spurious: { entities: EvalItem[]; relations: EvalItem[] };
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const recall = tp + fn ? tp / (tp + fn) : NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : tp + fp + fn ? 0 : NaN;
  return { tp, fp, fn, precision, recall, f1 };
}

function add(into: Counts, c: Counts) {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

function breakdown(perDocKey: Map<string, Map<string, Counts>>): Breakdown {
  const byKey = new Map<string, Counts>();
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  const byDoc: Breakdown['byDoc'] = {};
  for (const [doc, keys] of [...perDocKey].sort(([a], [b]) => a.localeCompare(b))) {
    byDoc[doc] = {};
    for (const [key, c] of [...keys].sort(([a], [b]) => a.localeCompare(b))) {
      byDoc[doc][key] = prf(c);
      if (!byKey.has(key)) byKey.set(key, { tp: 0, fp: 0, fn: 0 });
      add(byKey.get(key)!, c);
      add(micro, c);
    }
  }
  const sortedKeys = [...byKey.keys()].sort();
  return { byKey: Object.fromEntries(sortedKeys.map((k) => [k, prf(byKey.get(k)!)])), byDoc, micro: prf(micro) };
}

/** One-to-one alignment: exact name matches first, then any match the predicate allows. */
function align<G, P>(gold: G[], found: P[], matches: (g: G, p: P) => boolean, exact: (g: G, p: P) => boolean): { missed: G[]; extra: P[]; tp: number } {
  const used = new Set<number>();
  const matched = new Set<number>();
  for (const pass of [exact, matches]) {
    gold.forEach((g, gi) => {
      if (matched.has(gi)) return;
      const pi = found.findIndex((p, i) => !used.has(i) && matches(g, p) && pass(g, p));
      if (pi >= 0) {
        used.add(pi);
        matched.add(gi);
      }
    });
  }
  return { tp: matched.size, missed: gold.filter((_, i) => !matched.has(i)), extra: found.filter((_, i) => !used.has(i)) };
}

function comparableOfGold(e: GoldEntity): Comparable {
  return { label: e.type, name: e.name, aliases: e.aliases, indicator: e.indicator, value: e.value };
}

function comparableOfFound(e: EvalEntity): Comparable {
  return { label: e.label, name: e.name, aliases: e.aliases, indicator: e.props.indicator, value: e.props.value };
}

function describe(c: Comparable): string {
  return c.label === 'Outcome' && c.indicator ? `${c.name} [${c.indicator} = ${c.value}]` : c.name;
}

function sameName(a: Comparable, b: Comparable): boolean {
  return evalKey(a.name) === evalKey(b.name);
}

function bucket<T>(map: Map<string, Map<string, T[]>>, doc: string, key: string): T[] {
  if (!map.has(doc)) map.set(doc, new Map());
  const keys = map.get(doc)!;
  if (!keys.has(key)) keys.set(key, []);
  return keys.get(key)!;
}

function countsOf(map: Map<string, Map<string, Counts>>, doc: string): Map<string, Counts> {
  if (!map.has(doc)) map.set(doc, new Map());
  return map.get(doc)!;
}

/**
 * Scores a graph against a gold set, per document of the gold and per label /
 * relation type. Items from documents the gold does not annotate are ignored.
 */
export function scoreGraph(gold: GoldSet, graph: EvalGraph): GraphScore {
  const docs = new Set(gold.docs);
  const misses: GraphScore['misses'] = { entities: [], relations: [] };
  const spurious: GraphScore['spurious'] = { entities: [], relations: [] };

  // Entities.
  const goldEntities = new Map<string, Map<string, Comparable[]>>();
  for (const e of gold.entities) bucket(goldEntities, e.doc, e.type).push(comparableOfGold(e));
  const foundEntities = new Map<string, Map<string, Comparable[]>>();
  for (const e of graph.entities) for (const doc of e.docs) if (docs.has(doc)) bucket(foundEntities, doc, e.label).push(comparableOfFound(e));
  const entityCounts = new Map<string, Map<string, Counts>>();
  for (const doc of docs) {
    const labels = new Set([...(goldEntities.get(doc)?.keys() ?? []), ...(foundEntities.get(doc)?.keys() ?? [])]);
    for (const label of labels) {
      const g = goldEntities.get(doc)?.get(label) ?? [];
      const p = foundEntities.get(doc)?.get(label) ?? [];
      const { tp, missed, extra } = align(g, p, entitiesMatch, sameName);
      countsOf(entityCounts, doc).set(label, { tp, fp: extra.length, fn: missed.length });
      misses.entities.push(...missed.map((c) => ({ doc, key: label, text: describe(c) })));
      spurious.entities.push(...extra.map((c) => ({ doc, key: label, text: describe(c) })));
    }
  }

  // Relations: endpoints compare as entities do.
  const goldByName = new Map<string, Comparable>();
  const goldKey = (doc: string, label: string, name: string) => `${doc}\u0000${label}\u0000${evalKey(name)}`;
  for (const e of gold.entities) {
    for (const n of [e.name, ...e.aliases]) {
      const k = goldKey(e.doc, e.type, n);
      if (!goldByName.has(k)) goldByName.set(k, comparableOfGold(e));
    }
  }
  const goldEndpoint = (doc: string, label: EntityLabel, name: string): Comparable =>
    goldByName.get(goldKey(doc, label, name)) ?? { label, name, aliases: [] };
  interface Edge {
    head: Comparable;
    tail: Comparable;
  }
  const goldRelations = new Map<string, Map<string, Edge[]>>();
  for (const r of gold.relations as GoldRelation[]) {
    bucket(goldRelations, r.doc, r.type).push({ head: goldEndpoint(r.doc, r.head_type, r.head), tail: goldEndpoint(r.doc, r.tail_type, r.tail) });
  }
  const byId = new Map(graph.entities.map((e) => [e.id, comparableOfFound(e)]));
  const foundRelations = new Map<string, Map<string, Edge[]>>();
  const seen = new Set<string>();
  for (const r of graph.relations) {
    const head = byId.get(r.start);
    const tail = byId.get(r.end);
    const id = `${r.type}\u0000${r.start}\u0000${r.end}\u0000${r.doc}`;
    if (!docs.has(r.doc) || !head || !tail || seen.has(id)) continue;
    seen.add(id);
    bucket(foundRelations, r.doc, r.type).push({ head, tail });
  }
  const relationCounts = new Map<string, Map<string, Counts>>();
  const edgeText = (type: string) => (e: Edge) => `${describe(e.head)} -[${type}]-> ${describe(e.tail)}`;
  for (const doc of docs) {
    const types = new Set([...(goldRelations.get(doc)?.keys() ?? []), ...(foundRelations.get(doc)?.keys() ?? [])]);
    for (const type of types) {
      const g = goldRelations.get(doc)?.get(type) ?? [];
      const p = foundRelations.get(doc)?.get(type) ?? [];
      const matches = (a: Edge, b: Edge) => entitiesMatch(a.head, b.head) && entitiesMatch(a.tail, b.tail);
      const exact = (a: Edge, b: Edge) => sameName(a.head, b.head) && sameName(a.tail, b.tail);
      const { tp, missed, extra } = align(g, p, matches, exact);
      countsOf(relationCounts, doc).set(type, { tp, fp: extra.length, fn: missed.length });
      misses.relations.push(...missed.map((e) => ({ doc, key: type, text: edgeText(type)(e) })));
      spurious.relations.push(...extra.map((e) => ({ doc, key: type, text: edgeText(type)(e) })));
    }
  }

  return { docs: [...docs].sort(), entities: breakdown(entityCounts), relations: breakdown(relationCounts), misses, spurious };
}
