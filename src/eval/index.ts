export { loadGold, GoldFormatError, type GoldEntity, type GoldRelation, type GoldQuestion, type GoldSet } from './gold.ts';
export { scoreGraph, prf, type EvalEntity, type EvalRelation, type EvalGraph, type GraphScore, type Breakdown, type Prf, type EvalItem } from './score.ts';
export { graphFromExport } from './graph.ts';
export { formatGraphScore, formatBreakdown, formatTable } from './format.ts';
export { duplicateBodies, formatDuplicates, type DuplicateGroup } from './duplicates.ts';
export { entitiesMatch, indicatorsMatch, valuesMatch, evalKey } from './match.ts';
