import type { Embedder } from '../../core/embedder.ts';
import { SEARCH_MODES, SearchService, type SearchMode } from '../search/hybrid.ts';
import type { GraphStore } from '../../core/store.ts';
import type { GoldQuestion } from './gold.ts';

export interface SearchModeScore {
  mode: SearchMode;
  hits: number;
  total: number;
  /** hits / total; NaN when there are no questions. */
  hitAtK: number;
  /** Ids of the questions no top-k passage answered. */
  misses: string[];
}

export interface SearchEval {
  k: number;
  scores: SearchModeScore[];
}

/**
 * Scores the gold questions of kind `search` (others are ignored) as the gold
 * defines it: a hit when one of the answer phrases occurs in one of the top
 * `k` passages. `store` must hold the documents with their chunk embeddings.
 */
export async function evalSearch(store: GraphStore, embedder: () => Promise<Embedder>, gold: GoldQuestion[], k = 5): Promise<SearchEval> {
  const service = new SearchService(store, embedder);
  const questions = gold.filter((q) => q.kind === 'search');
  const scores: SearchModeScore[] = [];
  for (const mode of SEARCH_MODES) {
    const misses: string[] = [];
    for (const question of questions) {
      const ranked = await service.rank(question.question_zh, mode, k);
      const texts = (await store.getChunks(ranked.map((r) => r.chunkId))).map((c) => c.text);
      if (!texts.some((text) => question.answers.some((answer) => text.includes(answer)))) misses.push(question.id);
    }
    const total = questions.length;
    scores.push({ mode, hits: total - misses.length, total, hitAtK: (total - misses.length) / total, misses });
  }
  return { k, scores };
}

export function formatSearchEval({ k, scores }: SearchEval): string {
  const cell = (s: SearchModeScore) => `${s.mode} ${s.hitAtK.toFixed(2)} (${s.hits}/${s.total})`;
  const misses = scores.filter((s) => s.misses.length).map((s) => `  ${s.mode} misses: ${s.misses.join(', ')}`);
  return [`search hit@${k}: ${scores.map(cell).join(' | ')}`, ...misses].join('\n');
}
