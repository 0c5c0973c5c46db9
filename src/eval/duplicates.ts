import { norm } from './match.ts';
import type { EvalEntity } from './score.ts';

/**
 * Bodies the graph holds more than once: Institution nodes that share a name or alias after the scorer's
 * normalisation and act in the same jurisdiction. A body named by role (县级以上人民政府) is a different body in
 * each jurisdiction whose documents name it, so those nodes share a name by design.
 */
export interface DuplicateGroup {
  key: string;
  names: string[];
}

export function duplicateBodies(entities: readonly EvalEntity[]): DuplicateGroup[] {
  const byKey = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.label !== 'Institution') continue;
    const scope = roleJurisdiction(e);
    for (const name of new Set([e.name, ...e.aliases].map(norm).filter(Boolean))) {
      const key = scope ? `${name}@${scope}` : name;
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

function roleJurisdiction(e: EvalEntity): string {
  const { role, jurisdiction } = e.props;
  return role === true && typeof jurisdiction === 'string' ? jurisdiction : '';
}
