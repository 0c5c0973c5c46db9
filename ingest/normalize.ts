import { normaliseCharacters } from './characters.ts';

const QUOTES = /[“”„‟«»「」『』"'‘’]/g;
const TITLE_MARKS = /[《》〈〉]/g;
const SPACES = /\s+/g;

/**
 * The comparison key of a name: two surface forms with the same key name the
 * same thing. Characters are normalised as the cleaner does (full-width Latin
 * and digits, radical look-alikes); quotes, title marks and spaces are dropped,
 * Latin letters lower-cased.
 */
export function normalizeName(name: string): string {
  return normaliseCharacters(name).replace(QUOTES, '').replace(TITLE_MARKS, '').replace(SPACES, '').toLowerCase();
}
