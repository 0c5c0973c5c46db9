export { loadGold, GoldFormatError, type GoldEntity, type GoldRelation, type GoldQuestion, type GoldScope, type GoldSet } from './gold.ts';
export { scoreGraph, type EvalEntity, type EvalRelation, type EvalChunk, type EvalMention, type EvalGraph, type GraphScore, type Breakdown, type Figures, type Prf, type EvalItem } from './score.ts';
export { graphFromExport } from './graph.ts';
export { formatGraphScore, formatBreakdown, formatTable } from './format.ts';
export { duplicateBodies, formatDuplicates, type DuplicateGroup } from './duplicates.ts';
export { entityMatches, norm } from './match.ts';
