import { norm } from './match.ts';
import type { EvalEntity } from './score.ts';

/** Bodies the graph holds more than once: Institution nodes that share a name or alias after the scorer's normalisation. */
export interface DuplicateGroup {
  key: string;
  names: string[];
}

export function duplicateBodies(entities: readonly EvalEntity[]): DuplicateGroup[] {
  const byKey = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.label !== 'Institution') continue;
    for (const key of new Set([e.name, ...e.aliases].map(norm).filter(Boolean))) {
      byKey.set(key, (byKey.get(key) ?? new Set()).add(e.id));
    }
  }
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return [...byKey.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => ({ key, names: [...ids].map((id) => names.get(id)!).sort() }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export function formatDuplicates(groups: readonly DuplicateGroup[]): string {
  if (!groups.length) return 'duplicate institutions: 0 (no two Institution nodes share a name or alias)';
  return [`duplicate institutions: ${groups.length}`, ...groups.map((g) => `  ${g.key}: ${g.names.join(' | ')}`)].join('\n');
}
