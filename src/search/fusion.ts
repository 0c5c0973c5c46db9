import { compareScored, type Scored } from './top-k.ts';

/** The constant from Cormack et al. (2009); it damps the weight of the very first ranks. */
export const RRF_K = 60;

/**
 * Reciprocal-rank fusion: each list gives an item 1 / (k + rank), rank from 1;
 * the sums rank the union. Only ranks matter, so lists with incomparable
 * scores (cosine, BM25) combine without calibration.
 */
export function reciprocalRankFusion(lists: Scored[][], limit: number, k = RRF_K): Scored[] {
  const fused = new Map<string, number>();
  for (const list of lists) {
    list.forEach(({ id }, i) => fused.set(id, (fused.get(id) ?? 0) + 1 / (k + i + 1)));
  }
  return [...fused].map(([id, score]) => ({ id, score })).sort(compareScored).slice(0, limit);
}
