import type { EntityLabel } from '../../core/ontology.ts';
import { normalizeName } from '../../core/names.ts';
import { checkBudget } from '../../core/budget.ts';
import type { EntityNode, EntitySearch, NamedEntity, ExpandStep, OutcomeFilter, RelationEdge, Scope, Subgraph } from '../../core/store.ts';

// Rules both backends apply, in TypeScript here and in the named Cypher queries
// (cypher/queries/), so they answer alike; the parity tests hold them together.

export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Which relations a capped step keeps: the highest confidence first, then by id (Cypher: ORDER BY r.confidence DESC, r.id). */
export const strongestFirst = (a: RelationEdge, b: RelationEdge) => b.confidence - a.confidence || byId(a, b);

/** Relations in the order of where they were read: by document, then position (Cypher: ORDER BY r.doc, r.spanStart, r.id). */
export const byPlace = (a: RelationEdge, b: RelationEdge) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.spanStart - b.spanStart || byId(a, b));

/** How many levels a policy trace goes down (the walk its tree is built over, and the Neo4j query planned for it). */
export const TRACE_DEPTH = 6;

/**
 * The steps a policy trace may take from an entity of each label (src/query/trace.ts
 * narrows them by how the entity was reached); cypher/queries/trace_scope.cypher
 * spells the same steps out.
 */
export const TRACE_STEPS: Partial<Record<EntityLabel, ExpandStep[]>> = {
  Policy: [
    { types: ['PART_OF'], direction: 'in', labels: ['Measure', 'Policy'] },
    { types: ['ISSUED'], direction: 'in', labels: ['Institution'] },
    { types: ['IMPLEMENTS'], direction: 'in', labels: ['Institution'] },
    { types: ['PRODUCED', 'TARGETS'], direction: 'out', labels: ['Outcome'] },
  ],
  Measure: [
    { types: ['PART_OF'], direction: 'in', labels: ['Measure'] },
    { types: ['IMPLEMENTS'], direction: 'in', labels: ['Institution'] },
    { types: ['PRODUCED', 'TARGETS'], direction: 'out', labels: ['Outcome'] },
  ],
  Institution: [{ types: ['OPERATES'], direction: 'out', labels: ['Platform'] }],
  Platform: [{ types: ['PRODUCED'], direction: 'out', labels: ['Outcome'] }],
  Outcome: [{ types: ['MEASURED_IN'], direction: 'out', labels: ['Region'] }],
};

/** The relations of one step from `origin` among `edges` (its relations), capped as the step says. */
export function stepFrom(origin: string, edges: Iterable<RelationEdge>, step: ExpandStep, labelOf: (id: string) => EntityLabel | undefined): { kept: RelationEdge[]; capped: boolean } {
  const types = new Set<string>(step.types);
  const found: RelationEdge[] = [];
  for (const edge of edges) {
    if (!types.has(edge.type)) continue;
    if (step.direction === 'out' ? edge.start !== origin : step.direction === 'in' ? edge.end !== origin : edge.start !== origin && edge.end !== origin) continue;
    const far = edge.start === origin ? edge.end : edge.start;
    const label = labelOf(far);
    if (!label || (step.labels && !step.labels.includes(label))) continue;
    found.push(edge);
  }
  if (step.perNode === undefined || found.length <= step.perNode) return { kept: found, capped: false };
  return { kept: found.sort(strongestFirst).slice(0, step.perNode), capped: true };
}

interface SubgraphIndex {
  entities: Map<string, EntityNode>;
  touching: Map<string, RelationEdge[]>;
}

/** Each subgraph's entities by id and relations by entity, built on its first local expand. */
const indexes = new WeakMap<Subgraph, SubgraphIndex>();

function indexOf(scope: Subgraph): SubgraphIndex {
  let index = indexes.get(scope);
  if (!index) {
    const touching = new Map<string, RelationEdge[]>();
    for (const edge of scope.edges) {
      for (const end of new Set([edge.start, edge.end])) (touching.get(end) ?? touching.set(end, []).get(end)!).push(edge);
    }
    index = { entities: new Map(scope.nodes.map((n) => [n.id, n])), touching };
    indexes.set(scope, index);
  }
  return index;
}

/** expand() over a subgraph already fetched: the same answer the store gives for the part of the graph the subgraph holds. */
export function localExpand(scope: Subgraph, ids: string[], step: ExpandStep): Subgraph {
  const { entities, touching } = indexOf(scope);
  const nodes = new Map<string, EntityNode>();
  const edges = new Map<string, RelationEdge>();
  for (const id of new Set(ids)) {
    const origin = entities.get(id);
    if (!origin) continue;
    for (const edge of stepFrom(id, touching.get(id) ?? [], step, (other) => entities.get(other)?.label).kept) {
      nodes.set(origin.id, origin);
      const far = entities.get(edge.start === id ? edge.end : edge.start)!;
      nodes.set(far.id, far);
      edges.set(edge.id, edge);
    }
  }
  return { nodes: [...nodes.values()].sort(byId), edges: [...edges.values()].sort(byId) };
}

/**
 * A bounded breadth-first walk: from each entity of the frontier the steps
 * `stepsOf` gives it (each capped per entity), level by level, until `depth`
 * levels or `maxNodes` entities. cypher/queries/walk_level.cypher is the same
 * walk on Neo4j.
 */
export async function walk(
  root: EntityNode,
  { depth, maxNodes }: { depth: number; maxNodes: number },
  stepsOf: (entity: EntityNode) => ExpandStep[],
  expand: (ids: string[], step: ExpandStep) => Promise<Subgraph & { capped: boolean }>,
): Promise<Scope> {
  const seen = new Map([[root.id, root]]);
  const edges = new Map<string, RelationEdge>();
  let frontier = [root];
  let capped = false;
  for (let level = 0; level < depth && frontier.length && seen.size < maxNodes; level++) {
    checkBudget();
    const groups = new Map<string, { step: ExpandStep; ids: string[] }>();
    for (const entity of frontier) {
      for (const step of stepsOf(entity)) {
        const key = JSON.stringify(step);
        (groups.get(key) ?? groups.set(key, { step, ids: [] }).get(key)!).ids.push(entity.id);
      }
    }
    const next = new Map<string, EntityNode>();
    for (const { step, ids } of groups.values()) {
      const found = await expand(ids, step);
      capped ||= found.capped;
      for (const edge of found.edges) edges.set(edge.id, edge);
      for (const node of found.nodes) if (!seen.has(node.id)) next.set(node.id, node);
    }
    for (const [id, node] of next) seen.set(id, node);
    frontier = [...next.values()];
  }
  return { nodes: [...seen.values()].sort(byId), edges: [...edges.values()].sort(byId), capped };
}

const text = (value: unknown) => (value === null || value === undefined ? '' : normalizeName(String(value)));

/** Whether a name stands for the region: equal keys, or one contains the other (深圳 / 深圳市). */
function sameRegion(name: string, wanted: string): boolean {
  const a = normalizeName(name);
  return a.length > 0 && (a === wanted || a.includes(wanted) || (a.length >= 2 && wanted.includes(a)));
}

/** The outcome filter of the query API; `regions` are the outcome's MEASURED_IN regions. */
export function matchesOutcome(outcome: EntityNode, regions: EntityNode[], filter: OutcomeFilter): boolean {
  const { indicator, region, period, kind } = filter;
  if (indicator && !`${text(outcome.props.indicator)}|${text(outcome.name)}`.includes(normalizeName(indicator))) return false;
  if (period && !text(outcome.props.period).includes(normalizeName(period))) return false;
  if (kind && outcome.props.kind !== kind) return false;
  if (region) {
    const wanted = normalizeName(region);
    const names = [...regions.flatMap((r) => [r.name, ...r.aliases]), String(outcome.props.subject ?? '')];
    if (!regions.some((r) => r.id === region) && !names.some((name) => sameRegion(name, wanted))) return false;
  }
  return true;
}

/**
 * The documents an entity page names, by id: `paged`, the page [offset,
 * offset + limit) of the entity's documents, and those its listed relations
 * quote. A hub's thousands of documents are not all looked up.
 */
export function pageDocuments(paged: string[], edges: RelationEdge[]): string[] {
  return [...new Set([...paged, ...edges.map((e) => e.doc)])].sort();
}

/** An entity with its name and aliases normalised once, so lookups need not redo it. */
export interface NameKeys {
  entity: EntityNode;
  name: string;
  aliases: string[];
}

export function nameKeys(entity: EntityNode): NameKeys {
  return { entity, name: normalizeName(entity.name), aliases: entity.aliases.map(normalizeName) };
}

type Candidates = readonly (EntityNode | NameKeys)[];
const keysOf = (c: EntityNode | NameKeys): NameKeys => ('entity' in c ? c : nameKeys(c));

/** Entities whose name or an alias equals one of `names` after normalisation, sorted by id, without their documents. */
export function entitiesNamed(candidates: readonly NamedEntity[], names: string[]): NamedEntity[] {
  const wanted = new Set(names.map(normalizeName));
  return candidates
    .filter((e) => wanted.has(normalizeName(e.name)) || e.aliases.some((a) => wanted.has(normalizeName(a))))
    .map(({ id, label, name, aliases, props }) => ({ id, label, name, aliases, props }))
    .sort(byId);
}

/** 0 exact name, 1 exact alias, 2 name or alias starts with the query, 3 contains it; -1 no match. */
function matchRank(needle: string, keys: NameKeys): number {
  if (keys.name === needle) return 0;
  if (keys.aliases.includes(needle)) return 1;
  if (keys.name.startsWith(needle) || keys.aliases.some((a) => a.startsWith(needle))) return 2;
  if (keys.name.includes(needle) || keys.aliases.some((a) => a.includes(needle))) return 3;
  return -1;
}

/** The entity search of the API: best match first, then shorter names, then by name and id. */
export function searchEntityList(candidates: Candidates, { q, label, limit, offset }: EntitySearch) {
  const needle = q ? normalizeName(q) : '';
  const scored: { entity: EntityNode; rank: number }[] = [];
  for (const keys of candidates.map(keysOf)) {
    if (label && keys.entity.label !== label) continue;
    const rank = needle ? matchRank(needle, keys) : 3;
    if (rank >= 0) scored.push({ entity: keys.entity, rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.entity.name.length - b.entity.name.length ||
      (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0) ||
      byId(a.entity, b.entity),
  );
  return { total: scored.length, items: scored.slice(offset, offset + limit).map((s) => s.entity) };
}
