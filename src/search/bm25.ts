import type { Analyzer } from './tokenize.ts';
import { TopK, type Scored } from './top-k.ts';

export interface Bm25Params {
  k1: number;
  b: number;
}

/** Lucene's defaults, so that scores order like Neo4j's full-text index. */
export const LUCENE_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

/** Lucene's SmallFloat.longToInt4: 4 significant bits and a shift. */
function longToInt4(i: number): number {
  const bits = 32 - Math.clz32(i);
  if (bits < 4) return i;
  const shift = bits - 4;
  return ((i >>> shift) & 0x07) | ((shift + 1) << 3);
}

function int4ToLong(i: number): number {
  const shift = (i >>> 3) - 1;
  return shift === -1 ? i & 0x07 : ((i & 0x07) | 0x08) * 2 ** shift;
}

const FREE_VALUES = 255 - longToInt4(2 ** 31 - 1);

/**
 * A passage length as Lucene's BM25 sees it: stored in one byte
 * (SmallFloat.intToByte4) and read back, exact below 24 terms and rounded
 * down to 4 significant bits above. Without it, Neo4j ranks near-ties differently.
 */
export function luceneLength(terms: number): number {
  return terms < FREE_VALUES ? terms : FREE_VALUES + int4ToLong(longToInt4(terms - FREE_VALUES));
}

/**
 * An in-memory BM25 index over short passages. Postings are kept per term so
 * a query only visits the passages that share a term with it.
 */
export class Bm25Index {
  private readonly postings = new Map<string, Map<string, number>>();
  private readonly lengths = new Map<string, number>();
  /** Each passage's distinct terms, so that removing it visits only its postings. */
  private readonly termsOf = new Map<string, string[]>();
  private totalLength = 0;

  constructor(
    private readonly analyze: Analyzer,
    private readonly params: Bm25Params = LUCENE_BM25,
  ) {}

  get size(): number {
    return this.lengths.size;
  }

  has(id: string): boolean {
    return this.lengths.has(id);
  }

  add(id: string, text: string): void {
    if (this.lengths.has(id)) this.remove(id);
    const terms = this.analyze(text);
    for (const term of terms) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = new Map()));
      posting.set(id, (posting.get(id) ?? 0) + 1);
    }
    this.lengths.set(id, terms.length);
    this.termsOf.set(id, [...new Set(terms)]);
    this.totalLength += terms.length;
  }

  remove(id: string): void {
    const length = this.lengths.get(id);
    if (length === undefined) return;
    for (const term of this.termsOf.get(id)!) {
      const posting = this.postings.get(term)!;
      posting.delete(id);
      if (posting.size === 0) this.postings.delete(term);
    }
    this.lengths.delete(id);
    this.termsOf.delete(id);
    this.totalLength -= length;
  }

  /** Each query term counts once per occurrence, as Lucene's OR query over the analysed terms does. */
  search(query: string, k: number): Scored[] {
    const n = this.lengths.size;
    if (n === 0 || k <= 0) return [];
    const { k1, b } = this.params;
    const avgLength = this.totalLength / n;
    const scores = new Map<string, number>();
    for (const term of this.analyze(query)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
      for (const [id, tf] of posting) {
        const norm = k1 * (1 - b + (b * luceneLength(this.lengths.get(id)!)) / avgLength);
        scores.set(id, (scores.get(id) ?? 0) + (idf * tf) / (tf + norm));
      }
    }
    const top = new TopK(k);
    for (const [id, score] of scores) top.offer(id, score);
    return top.sorted();
  }
}
