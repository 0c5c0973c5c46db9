// Scores a graph against a gold set exactly as ../shared/tools/score.mjs (the project's official
// scorer) scores the same graph's JSONL export; test/eval-parity.test.ts keeps the two equal.
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel, type RelationType } from '../../core/ontology.ts';
import type { PropertyValue } from '../../core/records.ts';
import type { GoldEntity, GoldRelation, GoldSet } from './gold.ts';
import { entityMatches, norm, type GoldNamed } from './match.ts';
import { chunkInScope, evidenceInScope, scopedText, type ScopedText } from './scope.ts';

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
  /** Documents (file names) that state it. */
  docs: string[];
  evidence?: string;
}

export interface EvalChunk {
  id: string;
  /** Document file name. */
  doc: string;
  text: string;
}

/** An entity mentioned in a chunk (a MENTIONED_IN relationship). */
export interface EvalMention {
  entity: string;
  chunk: string;
  doc: string;
}

export interface EvalGraph {
  entities: EvalEntity[];
  relations: EvalRelation[];
  chunks: EvalChunk[];
  mentions: EvalMention[];
}

/**
 * Matching is many-to-many: precision is the share of predictions that match some
 * gold item, recall the share of gold items some prediction matches. Both are 0
 * when undefined, as in score.mjs.
 */
export interface Prf {
  gold: number;
  pred: number;
  /** Gold items some prediction matches. */
  matched: number;
  /** Predictions that match some gold item. */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Figures {
  /** Per entity label or relation type, in the ontology's order. */
  byKey: Record<string, Prf>;
  micro: Prf;
}

export interface Breakdown extends Figures {
  /** Relation types the gold has none of, with how many were predicted: score.mjs counts them in no figure. */
  unscored: Record<string, number>;
  /** The same figures over the gold items of one document and the predictions counted for it, each judged as set-wide (a prediction may match another document's gold item). */
  byDoc: Record<string, Figures>;
}

export interface EvalItem {
  /** Document file name(s). */
  doc: string;
  /** Label or relation type. */
  key: string;
  text: string;
}

export interface GraphScore {
  docs: string[];
  /** Documents annotated only in part: the lines scored. */
  scope: Record<string, { from: number; to: number }>;
  entities: Breakdown;
  relations: Breakdown;
  misses: { entities: EvalItem[]; relations: EvalItem[] };
  spurious: { entities: EvalItem[]; relations: EvalItem[] };
}

/** A gold item or prediction, judged. */
interface Judged {
  key: string;
  docs: readonly string[];
  hit: boolean;
}

const harmonic = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function prf(gold: number, pred: number, matched: number, correct: number): Prf {
  const precision = pred ? correct / pred : 0;
  const recall = gold ? matched / gold : 0;
  return { gold, pred, matched, correct, precision, recall, f1: harmonic(precision, recall) };
}

/** score.mjs's micro average: true positives are matched gold items, false positives the predictions matching none. */
function micro(rows: Prf[]): Prf {
  const sum = (f: (p: Prf) => number) => rows.reduce((n, p) => n + f(p), 0);
  const [gold, pred, matched, correct] = [sum((p) => p.gold), sum((p) => p.pred), sum((p) => p.matched), sum((p) => p.correct)];
  const falsePositives = pred - correct;
  const precision = matched + falsePositives ? matched / (matched + falsePositives) : 0;
  const recall = gold ? matched / gold : 0;
  return { gold, pred, matched, correct, precision, recall, f1: harmonic(precision, recall) };
}

/** Figures per key that has gold items or predictions, and their micro average. */
function figures(gold: Judged[], pred: Judged[], keys: readonly string[]): Figures {
  const byKey: Record<string, Prf> = {};
  for (const key of keys) {
    const g = gold.filter((x) => x.key === key);
    const p = pred.filter((x) => x.key === key);
    if (g.length || p.length) byKey[key] = prf(g.length, p.length, g.filter((x) => x.hit).length, p.filter((x) => x.hit).length);
  }
  return { byKey, micro: micro(Object.values(byKey)) };
}

function breakdown(gold: Judged[], pred: Judged[], keys: readonly string[], docs: readonly string[], unscored: Record<string, number>): Breakdown {
  const of = (items: Judged[], doc: string) => items.filter((x) => x.docs.includes(doc));
  const byDoc = Object.fromEntries(docs.map((doc) => [doc, figures(of(gold, doc), of(pred, doc), keys)]));
  return { ...figures(gold, pred, keys), unscored, byDoc };
}

/** Marks every gold item and every prediction that matches at least one of the other side. */
function matchAll<G, P>(gold: readonly G[], pred: readonly P[], matches: (p: P, g: G) => boolean): { goldHit: boolean[]; predHit: boolean[] } {
  const goldHit = gold.map(() => false);
  const predHit = pred.map(() => false);
  gold.forEach((g, i) =>
    pred.forEach((p, j) => {
      if ((!goldHit[i] || !predHit[j]) && matches(p, g)) goldHit[i] = predHit[j] = true;
    }),
  );
  return { goldHit, predHit };
}

function describeEntity(e: { name: string; indicator?: PropertyValue; value?: PropertyValue }, label: string): string {
  return label === 'Outcome' && e.indicator ? `${e.name} [${e.indicator} = ${e.value}]` : e.name;
}
const describeFound = (e: EvalEntity) => describeEntity({ name: e.name, indicator: e.props.indicator, value: e.props.value }, e.label);

/** score.mjs's goldEnt: a relation endpoint is the gold entity of that type and name, in the same document first. */
function goldEndpoints(entities: readonly GoldEntity[]): (name: string, type: EntityLabel, doc: string) => GoldNamed {
  const inDoc = new Map<string, GoldEntity>();
  const anywhere = new Map<string, GoldEntity>();
  for (const e of entities) {
    const key = `${e.type}\u0000${norm(e.name)}`;
    if (!inDoc.has(`${e.doc}\u0000${key}`)) inDoc.set(`${e.doc}\u0000${key}`, e);
    if (!anywhere.has(key)) anywhere.set(key, e);
  }
  return (name, type, doc) => {
    const key = `${type}\u0000${norm(name)}`;
    return inDoc.get(`${doc}\u0000${key}`) ?? anywhere.get(key) ?? { name, aliases: [] };
  };
}

const unique = (xs: readonly string[]) => [...new Set(xs)];

/**
 * Scores a graph against a gold set. Only predictions from the gold's documents
 * count, and for a document scope.json restricts, only those inside its annotated
 * lines. See shared/tools/score.mjs for the rules ported here.
 */
export function scoreGraph(gold: GoldSet, graph: EvalGraph): GraphScore {
  const goldDocs = new Set(gold.entities.map((e) => e.doc));
  const scoped = new Map<string, ScopedText>(Object.entries(gold.scope).map(([doc, s]) => [doc, scopedText(s)]));
  const misses: GraphScore['misses'] = { entities: [], relations: [] };
  const spurious: GraphScore['spurious'] = { entities: [], relations: [] };

  // The gold documents an entity counts for: those it was read from, and for a scoped one only when mentioned inside the scope.
  const chunksInScope = new Set(graph.chunks.filter((c) => scoped.has(c.doc) && chunkInScope(c.text, scoped.get(c.doc)!)).map((c) => c.id));
  const mentionedInScope = new Map<string, Set<string>>();
  for (const m of graph.mentions) {
    if (!chunksInScope.has(m.chunk)) continue;
    if (!mentionedInScope.has(m.entity)) mentionedInScope.set(m.entity, new Set());
    mentionedInScope.get(m.entity)!.add(m.doc);
  }
  const countedDocs = new Map(
    graph.entities.map((e) => [e.id, unique(e.docs.filter((d) => goldDocs.has(d) && (!scoped.has(d) || mentionedInScope.get(e.id)?.has(d))))]),
  );
  const inGold = (e: EvalEntity) => countedDocs.get(e.id)!.length > 0;

  // Entities, per label, across the gold's documents.
  const entityGold: Judged[] = [];
  const entityPred: Judged[] = [];
  for (const type of ENTITY_LABELS) {
    const g = gold.entities.filter((e) => e.type === type);
    const p = graph.entities.filter((e) => e.label === type && inGold(e));
    const { goldHit, predHit } = matchAll(g, p, (pe, ge) => entityMatches(pe, ge, type));
    g.forEach((e, i) => {
      entityGold.push({ key: type, docs: [e.doc], hit: goldHit[i] });
      if (!goldHit[i]) misses.entities.push({ doc: e.doc, key: type, text: describeEntity(e, type) });
    });
    p.forEach((e, j) => {
      const docs = countedDocs.get(e.id)!;
      entityPred.push({ key: type, docs, hit: predHit[j] });
      if (!predHit[j]) spurious.entities.push({ doc: docs.join(', '), key: type, text: describeFound(e) });
    });
  }

  // Relations: type, head and tail must match (COOPERATES_WITH in either direction).
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  interface Predicted {
    relation: EvalRelation;
    head: EvalEntity;
    tail: EvalEntity;
    docs: string[];
  }
  const predicted: Predicted[] = [];
  for (const relation of graph.relations) {
    const head = byId.get(relation.start);
    const tail = byId.get(relation.end);
    if (!head || !tail) continue;
    const counts = (doc: string) => {
      const scope = scoped.get(doc);
      if (!scope) return true;
      return relation.evidence ? evidenceInScope(relation.evidence, scope) : inGold(head) && inGold(tail);
    };
    const docs = unique(relation.docs.filter((d) => goldDocs.has(d) && counts(d)));
    if (docs.length || (!relation.docs.length && inGold(head) && inGold(tail))) predicted.push({ relation, head, tail, docs });
  }
  const endpoint = goldEndpoints(gold.entities);
  const fits = (g: GoldRelation, a: EvalEntity, b: EvalEntity) =>
    a.label === g.head_type &&
    b.label === g.tail_type &&
    entityMatches(a, endpoint(g.head, g.head_type, g.doc), g.head_type) &&
    entityMatches(b, endpoint(g.tail, g.tail_type, g.doc), g.tail_type);
  const relationMatches = (p: Predicted, g: GoldRelation) => fits(g, p.head, p.tail) || (g.type === 'COOPERATES_WITH' && fits(g, p.tail, p.head));

  const relationGold: Judged[] = [];
  const relationPred: Judged[] = [];
  const unscored: Record<string, number> = {};
  const types = unique([...gold.relations.map((r) => r.type), ...predicted.map((p) => p.relation.type)]);
  for (const type of types) {
    const g = gold.relations.filter((r) => r.type === type);
    const p = predicted.filter((r) => r.relation.type === type);
    if (!g.length) {
      unscored[type] = p.length;
      continue;
    }
    const { goldHit, predHit } = matchAll(g, p, relationMatches);
    g.forEach((r, i) => {
      relationGold.push({ key: type, docs: [r.doc], hit: goldHit[i] });
      if (!goldHit[i]) misses.relations.push({ doc: r.doc, key: type, text: `${r.head} -[${type}]-> ${r.tail}` });
    });
    p.forEach((r, j) => {
      relationPred.push({ key: type, docs: r.docs, hit: predHit[j] });
      if (!predHit[j]) spurious.relations.push({ doc: r.docs.join(', '), key: type, text: `${describeFound(r.head)} -[${type}]-> ${describeFound(r.tail)}` });
    });
  }

  const docs = [...gold.docs].sort();
  const relationKeys = RELATION_TYPES.filter((t) => types.includes(t) && !(t in unscored));
  return {
    docs,
    scope: Object.fromEntries(Object.entries(gold.scope).map(([doc, { from, to }]) => [doc, { from, to }])),
    entities: breakdown(entityGold, entityPred, ENTITY_LABELS, docs, {}),
    relations: breakdown(relationGold, relationPred, relationKeys, docs, unscored),
    misses,
    spurious,
  };
}
