import type { RelationRule } from '../types.ts';

/** Relation rules, in the order they run. */
export const relationRules: RelationRule[] = [];
