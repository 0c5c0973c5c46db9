import { normalizeName } from '../../core/names.ts';
import type { EntityNode, EntitySearch, OutcomeFilter, RelationEdge } from '../../core/store.ts';

// Rules both backends apply in TypeScript after fetching, so they answer alike.

export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** At most this many shortest paths are returned, the first ones in edge-id order. */
export const MAX_PATHS = 20;

export function sortPaths(paths: RelationEdge[][]): RelationEdge[][] {
  const key = (path: RelationEdge[]) => path.map((e) => e.id).join('|');
  return paths
    .map((path) => ({ path, key: key(path) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, MAX_PATHS)
    .map((p) => p.path);
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

/** Entities whose name or an alias equals one of `names` after normalisation, sorted by id. */
export function entitiesNamed(candidates: Candidates, names: string[]): EntityNode[] {
  const wanted = new Set(names.map(normalizeName));
  return candidates
    .map(keysOf)
    .filter((k) => wanted.has(k.name) || k.aliases.some((a) => wanted.has(a)))
    .map((k) => k.entity)
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
