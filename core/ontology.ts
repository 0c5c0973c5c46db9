// The schema every part of the project shares: node labels, relation types and
// which labels each relation type may join (../shared/ontology.md, with the
// additions recorded in cypher/schema.cypher).

export const ENTITY_LABELS = ['Institution', 'Policy', 'Measure', 'Platform', 'Region', 'Event', 'Outcome'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const RELATION_TYPES = [
  'ISSUED', 'IMPLEMENTS', 'PART_OF', 'OPERATES', 'LOCATED_IN', 'PARTICIPATED_IN', 'COOPERATES_WITH',
  'APPROVED', 'GUIDES', 'REFERENCES', 'PRODUCED', 'TARGETS', 'MEASURED_IN',
  // Life cycle of instruments (additions to shared/ontology.md): a policy that amends or replaces another.
  'AMENDS', 'REPLACES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

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
  AMENDS: [['Policy'], ['Policy']],
  REPLACES: [['Policy'], ['Policy']],
};

/** PART_OF pairs finer than the type's label lists: what may be part of what. */
const PART_OF_PAIRS = new Set(['Measure>Policy', 'Institution>Institution', 'Platform>Institution', 'Region>Region']);

/** Whether the ontology lets `type` join a `head` entity to a `tail` entity. */
export function allowsPair(type: RelationType, head: EntityLabel, tail: EntityLabel): boolean {
  if (type === 'PART_OF') return PART_OF_PAIRS.has(`${head}>${tail}`);
  const [heads, tails] = ALLOWED_PAIRS[type];
  return heads.includes(head) && tails.includes(tail);
}
