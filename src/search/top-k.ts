export interface Scored {
  id: string;
  score: number;
}

/** Higher score first; equal scores by id, so that results never depend on insertion order. */
export function compareScored(a: Scored, b: Scored): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Keeps the best `k` of a stream in a bounded min-heap: O(n log k) instead of
 * sorting all n candidates.
 */
export class TopK {
  private readonly heap: Scored[] = [];

  constructor(private readonly k: number) {}

  /** True when `a` ranks below `b` (belongs nearer the heap's root). */
  private worse(a: Scored, b: Scored): boolean {
    return compareScored(a, b) > 0;
  }

  offer(id: string, score: number): void {
    if (this.k <= 0) return;
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push({ id, score });
      this.siftUp(heap.length - 1);
    } else if (this.worse(heap[0], { id, score })) {
      heap[0] = { id, score };
      this.siftDown(0);
    }
  }

  sorted(): Scored[] {
    return [...this.heap].sort(compareScored);
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && this.worse(heap[left], heap[worst])) worst = left;
      if (right < heap.length && this.worse(heap[right], heap[worst])) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  }
}
