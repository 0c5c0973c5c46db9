import { normalizeName } from '../../ingest/normalize.ts';
import type { EntityNode, OutcomeFilter, RelationEdge } from './types.ts';

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
