import { normaliseCharacters } from './characters.ts';

const QUOTES = /[“”„‟«»「」『』"'‘’]/g;
const TITLE_MARKS = /[《》〈〉]/g;
const SPACES = /\s+/g;

// Extraction asks for the key of the same few thousand names again and again.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/**
 * The comparison key of a name: two surface forms with the same key name the
 * same thing. Characters are normalised as the cleaner does (full-width Latin
 * and digits, radical look-alikes); quotes, title marks and spaces are dropped,
 * Latin letters lower-cased.
 */
export function normalizeName(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    key = normaliseCharacters(name).replace(QUOTES, '').replace(TITLE_MARKS, '').replace(SPACES, '').toLowerCase();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(name, key);
  }
  return key;
}

/** A name without the bracket that closes it: 某某行动方案（2025—2027年）, 某市市场监督管理局（某市知识产权局）, …规划（征求意见稿）. */
export function withoutClosingBracket(name: string): string {
  return name.replace(/[（(][^（）()]*[）)]$/, '');
}
