/**
 * A word -> part-of-speech table for a whole segmenter dictionary (~350k words)
 * kept in one string and typed arrays: a Map of that size holds 700k heap
 * objects that every full garbage collection has to mark again.
 */
export class WordTags {
  private readonly words: string;
  /** Open addressing: a slot holds 1 + the word's offset in `words`, 0 when empty. */
  private readonly slots: Int32Array;
  private readonly lengths: Uint16Array;
  private readonly tagIds: Uint8Array;
  private readonly tagNames: string[] = [];
  private readonly mask: number;

  /** Entries in order; a word listed twice keeps its first tag. */
  constructor(entries: Iterable<readonly [string, string]>) {
    const list = [...entries];
    const size = 2 ** Math.ceil(Math.log2(list.length * 2 + 1));
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.lengths = new Uint16Array(size);
    this.tagIds = new Uint8Array(size);
    this.words = list.map(([word]) => word).join('');
    const tagIndex = new Map<string, number>();
    let offset = 0;
    for (const [word, tag] of list) {
      const slot = this.slotOf(word);
      if (!this.slots[slot]) {
        if (!tagIndex.has(tag)) tagIndex.set(tag, this.tagNames.push(tag) - 1);
        this.slots[slot] = offset + 1;
        this.lengths[slot] = word.length;
        this.tagIds[slot] = tagIndex.get(tag)!;
      }
      offset += word.length;
    }
  }

  get(word: string): string | undefined {
    const slot = this.slotOf(word);
    return this.slots[slot] ? this.tagNames[this.tagIds[slot]] : undefined;
  }

  /** The word's slot, or the empty slot where it would go (FNV-1a over UTF-16 units, linear probing). */
  private slotOf(word: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot];
      if (!at || (this.lengths[slot] === word.length && this.words.startsWith(word, at - 1))) return slot;
    }
  }
}
