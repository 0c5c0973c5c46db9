import type { EntityLabel, ExtractedEntity, ExtractedRelation, RelationType } from '../../types.ts';

/** The (head label, tail label) pairs each relation type allows, from the ontology. */
export const ALLOWED_PAIRS: Record<RelationType, [EntityLabel[], EntityLabel[]]> = {
  ISSUED: [['Institution'], ['Policy']],
  IMPLEMENTS: [['Institution'], ['Measure', 'Policy']],
  PART_OF: [['Measure', 'Institution', 'Platform', 'Region'], ['Policy', 'Institution', 'Region']],
  OPERATES: [['Institution'], ['Platform']],
  LOCATED_IN: [['Institution', 'Platform', 'Event'], ['Region']],
  PARTICIPATED_IN: [['Institution'], ['Event']],
  COOPERATES_WITH: [['Institution'], ['Institution']],
  APPROVED: [['Institution'], ['Platform', 'Policy', 'Region']],
  GUIDES: [['Institution'], ['Institution', 'Event']],
  REFERENCES: [['Policy', 'Measure'], ['Policy']],
  PRODUCED: [['Measure', 'Policy', 'Platform', 'Event'], ['Outcome']],
  TARGETS: [['Policy', 'Measure'], ['Outcome']],
  MEASURED_IN: [['Outcome'], ['Region']],
};

/** PART_OF pairs finer than the type's label lists: what may be part of what. */
const PART_OF_PAIRS = new Set(['Measure>Policy', 'Institution>Institution', 'Platform>Institution', 'Region>Region']);

export interface Validation {
  kept: ExtractedRelation[];
  /** Refused relations counted per reason, e.g. `ISSUED Region->Policy`, `self-loop`, `duplicate`. */
  dropped: Record<string, number>;
}

/** Keeps the relations the ontology allows, once each (the most confident), and counts what it drops and why. */
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
    const [heads, tails] = ALLOWED_PAIRS[r.type];
    const pairOk = r.type === 'PART_OF' ? PART_OF_PAIRS.has(`${head.label}>${tail.label}`) : heads.includes(head.label) && tails.includes(tail.label);
    if (!pairOk) {
      drop(`${r.type} ${head.label}->${tail.label}`);
      continue;
    }
    const id = `${r.type}|${r.head}|${r.tail}`;
    const seen = best.get(id);
    if (seen) drop('duplicate');
    if (!seen || r.confidence > seen.confidence) best.set(id, r);
  }
  return { kept: [...best.values()], dropped };
}
