/** A leftmost-longest dictionary matcher over a trie of UTF-16 code units: fast on long texts. */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

export interface GazetteerMatch<T> {
  start: number;
  end: number;
  surface: string;
  value: T;
}

export class Gazetteer<T> {
  private readonly root: TrieNode<T> = { next: new Map() };

  /** Adds a term; a term added twice keeps its first value. */
  add(term: string, value: T): this {
    let node = this.root;
    for (let k = 0; k < term.length; k++) {
      const c = term.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.value ??= value;
    return this;
  }

  /** The longest term starting at `at`, if any. */
  matchAt(text: string, at: number): GazetteerMatch<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    let best: GazetteerMatch<T> | null = null;
    for (let i = at; i < text.length && node; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.value !== undefined) best = { start: at, end: i + 1, surface: text.slice(at, i + 1), value: node.value };
    }
    return best;
  }

  /** Every term starting at `at`, shortest first. */
  allAt(text: string, at: number): GazetteerMatch<T>[] {
    const found: GazetteerMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let i = at; i < text.length && node; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.value !== undefined) found.push({ start: at, end: i + 1, surface: text.slice(at, i + 1), value: node.value });
    }
    return found;
  }

  /** Non-overlapping matches, leftmost first, longest at each position. */
  scan(text: string, start = 0, end = text.length): GazetteerMatch<T>[] {
    const found: GazetteerMatch<T>[] = [];
    for (let i = start; i < end; i++) {
      if (!this.root.next.has(text.charCodeAt(i))) continue;
      const m = this.matchAt(text, i);
      if (m && m.end <= end) {
        found.push(m);
        i = m.end - 1;
      }
    }
    return found;
  }

  has(term: string): boolean {
    const m = this.matchAt(term, 0);
    return !!m && m.end === term.length;
  }
}
