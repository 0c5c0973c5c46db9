import type { EntityLabel } from '../../core/ontology.ts';
import type { PropertyValue } from '../../core/records.ts';
import { normalizeName } from '../../core/names.ts';

/** What the scorer needs to know about one entity, gold or extracted. */
export interface Comparable {
  label: EntityLabel;
  name: string;
  aliases: readonly string[];
  indicator?: PropertyValue;
  value?: PropertyValue;
}

/** Names compare after compatibility folding (full-width forms, （） vs ()), quote, title-mark and space removal. */
export function evalKey(name: string): string {
  return normalizeName(name.normalize('NFKC'));
}

function nameKeys(x: Comparable): Set<string> {
  return new Set([x.name, ...x.aliases].map(evalKey).filter(Boolean));
}

export function namesMatch(a: Comparable, b: Comparable): boolean {
  const keys = nameKeys(a);
  return [...nameKeys(b)].some((k) => keys.has(k));
}

function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) best = Math.max(best, (row[j] = prev[j - 1] + 1));
    }
    prev = row;
  }
  return best;
}

/**
 * Indicators are free paraphrases of the text (累计建设商业秘密保护工作站数量 for
 * 累计建设商业秘密保护工作站100个以上), so one containing the other matches, and so
 * does a shared run of at least 4 characters covering half of the shorter one.
 */
export function indicatorsMatch(a: string, b: string): boolean {
  const x = evalKey(a);
  const y = evalKey(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const shorter = Math.min(x.length, y.length);
  return longestCommonSubstring(x, y) >= Math.max(4, shorter / 2);
}

function numbersIn(value: string): number[] {
  return (value.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
}

/** Values match on their numbers (≥150, 150以上 and 150 are the same figure); wording decides only when neither has one (榜首, 全覆盖). */
export function valuesMatch(a: PropertyValue | undefined, b: PropertyValue | undefined): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return false;
  const x = numbersIn(String(a).normalize('NFKC'));
  const y = numbersIn(String(b).normalize('NFKC'));
  if (x.length || y.length) return x.length === y.length && x.every((n, i) => n === y[i]);
  const s = evalKey(String(a));
  const t = evalKey(String(b));
  return !!s && !!t && (s.includes(t) || t.includes(s));
}

/** Same label, and: outcomes by indicator and value, everything else by a shared name or alias. */
export function entitiesMatch(gold: Comparable, found: Comparable): boolean {
  if (gold.label !== found.label) return false;
  if (gold.label === 'Outcome') {
    return typeof gold.indicator === 'string' && typeof found.indicator === 'string' && indicatorsMatch(gold.indicator, found.indicator) && valuesMatch(gold.value, found.value);
  }
  return namesMatch(gold, found);
}
