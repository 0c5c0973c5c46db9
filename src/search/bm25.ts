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
 * An in-memory BM25 index over short passages. Terms and passages are
 * numbered; each term's postings are one flat array of (passage, frequency)
 * pairs, so a query only visits the passages that share a term with it and a
 * large index is a few arrays rather than millions of small maps. A removed
 * passage is skipped until the postings are compacted.
 */
export class Bm25Index {
  private readonly termIds = new Map<string, number>();
  /** Per term: passage number, frequency, passage number, frequency, … */
  private postings: number[][] = [];
  /** Per term: live passages holding it. */
  private df: number[] = [];
  private readonly passageIds = new Map<string, number>();
  private ids: string[] = [];
  /** Per passage number: its length in terms, -1 once removed. */
  private lengths: number[] = [];
  /** Per passage number: its distinct term numbers. */
  private termsOf: Int32Array[] = [];
  private live = 0;
  private removed = 0;
  private totalLength = 0;

  constructor(
    private readonly analyze: Analyzer,
    private readonly params: Bm25Params = LUCENE_BM25,
  ) {}

  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.passageIds.has(id);
  }

  add(id: string, text: string): void {
    if (this.passageIds.has(id)) this.remove(id);
    const terms = this.analyze(text);
    const counts = new Map<number, number>();
    for (const term of terms) {
      let t = this.termIds.get(term);
      if (t === undefined) {
        t = this.postings.length;
        this.termIds.set(term, t);
        this.postings.push([]);
        this.df.push(0);
      }
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const p = this.ids.length;
    this.ids.push(id);
    this.passageIds.set(id, p);
    this.lengths.push(terms.length);
    this.termsOf.push(Int32Array.from(counts.keys()));
    for (const [t, tf] of counts) {
      this.postings[t].push(p, tf);
      this.df[t]++;
    }
    this.live++;
    this.totalLength += terms.length;
  }

  remove(id: string): void {
    const p = this.passageIds.get(id);
    if (p === undefined) return;
    for (const t of this.termsOf[p]) this.df[t]--;
    this.totalLength -= this.lengths[p];
    this.lengths[p] = -1;
    this.termsOf[p] = new Int32Array(0);
    this.passageIds.delete(id);
    this.live--;
    if (++this.removed > 1000 && this.removed > this.live) this.compact();
  }

  /** Renumbers the live passages and drops the removed ones from the postings. */
  private compact(): void {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const lengths: number[] = [];
    const termsOf: Int32Array[] = [];
    this.ids.forEach((id, p) => {
      if (this.lengths[p] < 0) return;
      renumber[p] = ids.length;
      this.passageIds.set(id, ids.length);
      ids.push(id);
      lengths.push(this.lengths[p]);
      termsOf.push(this.termsOf[p]);
    });
    this.postings = this.postings.map((posting) => {
      const kept: number[] = [];
      for (let i = 0; i < posting.length; i += 2) if (renumber[posting[i]] >= 0) kept.push(renumber[posting[i]], posting[i + 1]);
      return kept;
    });
    Object.assign(this, { ids, lengths, termsOf, removed: 0 });
  }

  /** Each query term counts once per occurrence, as Lucene's OR query over the analysed terms does. */
  search(query: string, k: number): Scored[] {
    const n = this.live;
    if (n === 0 || k <= 0) return [];
    const { k1, b } = this.params;
    const avgLength = this.totalLength / n;
    const scores = new Map<number, number>();
    for (const term of this.analyze(query)) {
      const t = this.termIds.get(term);
      if (t === undefined || this.df[t] === 0) continue;
      const df = this.df[t];
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const posting = this.postings[t];
      for (let i = 0; i < posting.length; i += 2) {
        const p = posting[i];
        const length = this.lengths[p];
        if (length < 0) continue;
        const tf = posting[i + 1];
        const norm = k1 * (1 - b + (b * luceneLength(length)) / avgLength);
        scores.set(p, (scores.get(p) ?? 0) + (idf * tf) / (tf + norm));
      }
    }
    const top = new TopK(k);
    for (const [p, score] of scores) top.offer(this.ids[p], score);
    return top.sorted();
  }
}
