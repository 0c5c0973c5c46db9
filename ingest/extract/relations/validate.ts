import { allowsPair } from '../../../core/ontology.ts';
import type { ExtractedEntity, ExtractedRelation } from '../../types.ts';

export interface Validation {
  kept: ExtractedRelation[];
  /** Refused relations counted per reason, e.g. `ISSUED Region->Policy`, `self-loop`, `duplicate`. */
  dropped: Record<string, number>;
}

/** Keeps the relations the ontology allows, once per sentence that states each (the most confident), and counts what it drops and why. */
export function validateRelations(relations: readonly ExtractedRelation[], entities: readonly ExtractedEntity[]): Validation {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const dropped: Record<string, number> = {};
  const drop = (reason: string) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  const best = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    const head = byKey.get(r.head);
    const tail = byKey.get(r.tail);
    if (!head || !tail) {
      drop('unknown endpoint');
      continue;
    }
    if (r.head === r.tail) {
      drop('self-loop');
      continue;
    }
    if (!allowsPair(r.type, head.label, tail.label)) {
      drop(`${r.type} ${head.label}->${tail.label}`);
      continue;
    }
    // A fact stated in two sentences stays two statements, each with its evidence; one sentence states it once.
    const id = `${r.type}|${r.head}|${r.tail}|${r.start}`;
    const seen = best.get(id);
    if (seen) drop('duplicate');
    if (!seen || r.confidence > seen.confidence) best.set(id, r);
  }
  return { kept: [...best.values()], dropped };
}
