import type { RelationRule } from '../types.ts';
import { agentRule } from './agents.ts';
import { frameRule } from './frames.ts';
import { instrumentRule } from './instrument.ts';
import { nameRule } from './names.ts';
import { placementRule } from './placement.ts';
import { planStructureRule, producedRule } from './structure.ts';
import { sentenceTemplateRule } from './templates.ts';

/** Relation rules, in the order they run. */
export const relationRules: RelationRule[] = [
  planStructureRule,
  instrumentRule,
  producedRule,
  nameRule,
  sentenceTemplateRule,
  placementRule,
  agentRule,
  frameRule,
];
