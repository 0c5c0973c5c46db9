/**
 * A word -> part-of-speech table for whole segmenter dictionaries (~350k
 * words) kept in their own text and typed arrays: a Map of that size holds
 * 700k heap objects that every full garbage collection has to mark again.
 */
export class WordTags {
  private readonly text: string;
  /** Open addressing: a slot holds 1 + the word's offset in `text`, 0 when empty. */
  private readonly slots: Int32Array;
  private readonly lengths: Uint16Array;
  private readonly tagIds: Uint8Array;
  private readonly tagNames: string[] = [];
  private readonly mask: number;

  /**
   * From dictionaries in jieba's format (`word frequency tag` per line), in
   * order of precedence: a word of two dictionaries keeps the first one's tag.
   */
  constructor(dictionaries: readonly string[]) {
    const text = (this.text = dictionaries.join('\n'));
    let lines = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    const size = 2 ** Math.ceil(Math.log2((lines + 1) * 2));
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.lengths = new Uint16Array(size);
    this.tagIds = new Uint8Array(size);
    const tagIndex = new Map<string, number>();
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      const space = text.indexOf(' ', start);
      const wordEnd = space < 0 || space > end ? end : space;
      if (wordEnd > start) {
        const slot = this.slotOf(text, start, wordEnd - start);
        if (!this.slots[slot]) {
          const tagStart = space < 0 || space > end ? end : text.indexOf(' ', space + 1);
          const tag = tagStart < 0 || tagStart >= end ? '' : text.slice(tagStart + 1, end).trim();
          if (!tagIndex.has(tag)) tagIndex.set(tag, this.tagNames.push(tag) - 1);
          this.slots[slot] = start + 1;
          this.lengths[slot] = wordEnd - start;
          this.tagIds[slot] = tagIndex.get(tag)!;
        }
      }
      start = end + 1;
    }
  }

  get(word: string): string | undefined {
    const slot = this.slotOf(word, 0, word.length);
    return this.slots[slot] ? this.tagNames[this.tagIds[slot]] : undefined;
  }

  /** The slot of `source`[from, from + length), or the empty slot where it would go (FNV-1a over UTF-16 units, linear probing). */
  private slotOf(source: string, from: number, length: number): number {
    let hash = 0x811c9dc5;
    for (let i = from; i < from + length; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 0x01000193);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot];
      if (!at || (this.lengths[slot] === length && sameChars(this.text, at - 1, source, from, length))) return slot;
    }
  }
}

function sameChars(a: string, aFrom: number, b: string, bFrom: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}
