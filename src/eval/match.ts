// When a predicted entity matches a gold one, exactly as ../shared/tools/score.mjs decides it
// (the project's official scorer); a parity test keeps the two equal.
import type { EntityLabel } from '../../core/ontology.ts';
import type { PropertyValue } from '../../core/records.ts';

/** The names a gold entity compares with; a relation endpoint the gold does not list has only its name. */
export interface GoldNamed {
  name: string;
  aliases: readonly string[];
  value?: string | number;
  indicator?: string;
  text?: string;
}

/** A predicted entity: its name, aliases and (Outcome) properties as the store exports them. */
export interface PredictedNamed {
  name: string;
  aliases: readonly string[];
  props: Record<string, PropertyValue>;
}

const normMemo = new Map<string, string>();

/** score.mjs's name key: NFKC, quotes and title marks dropped, spaces removed, brackets and dashes unified, lower case. */
export function norm(s: unknown): string {
  const raw = String(s ?? '');
  let key = normMemo.get(raw);
  if (key === undefined) {
    key = raw
      .normalize('NFKC')
      .replace(/[《》〈〉「」『』“”"'‘’]/g, '')
      .replace(/\s+/g, '')
      .replace(/[（(]/g, '(')
      .replace(/[）)]/g, ')')
      .replace(/[—–－-]/g, '-')
      .toLowerCase();
    if (normMemo.size >= 50_000) normMemo.clear();
    normMemo.set(raw, key);
  }
  return key;
}

/** Pairs of adjacent UTF-16 units (a one-unit string is its own bigram). */
function bigrams(s: string): Set<string> {
  const b = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) b.add(s.slice(i, i + 2));
  if (s.length === 1) b.add(s);
  return b;
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Share of a's bigrams found in b: a long predicted name that spells out the gold's short one. */
export function containment(a: string, b: string): number {
  const A = bigrams(a);
  return shared(A, bigrams(b)) / (A.size || 1);
}

export function jaccard(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  const n = shared(A, B);
  return n / (A.size + B.size - n || 1);
}

/** The first number written in a value (thousands commas ignored), or null. */
export function firstNumber(v: unknown): number | null {
  const m = String(v ?? '').replace(/,/g, '').match(/-?\d+(\.\d+)?/);
  return m ? Number(m[0]) : null;
}

export const namesOf = (x: { name: string; aliases: readonly string[] }): string[] => [x.name, ...x.aliases].filter(Boolean).map(norm);

/**
 * Outcomes match on their value (the same number, or wording that contains the
 * other's when the gold has no number) and a related indicator; everything else
 * on a shared name or alias; Measures and Events also on one name containing the
 * other (both at least 4 characters), bigram Jaccard at least 0.6, and an Event
 * on covering three quarters of a gold name of 8 or more without running past 2.5 times its length.
 */
export function entityMatches(pred: PredictedNamed, gold: GoldNamed, type: EntityLabel): boolean {
  if (type === 'Outcome') {
    const predValue = pred.props.value ?? pred.name;
    const goldNumber = firstNumber(gold.value);
    if (goldNumber === null) {
      const p = norm(predValue);
      const g = norm(gold.value);
      if (!g || !(p.includes(g) || g.includes(p))) return false;
    } else {
      const predNumber = firstNumber(predValue);
      if (predNumber === null || Math.abs(predNumber - goldNumber) > 1e-6 * Math.max(1, Math.abs(goldNumber))) return false;
    }
    const pi = norm(pred.props.indicator ?? pred.name);
    const gi = norm(gold.indicator ?? gold.name);
    const goldWording = norm(gold.text ?? gold.name);
    return pi.includes(gi) || gi.includes(pi) || jaccard(pi, gi) >= 0.4 || (pi.length >= 2 && goldWording.includes(pi));
  }
  const predNames = namesOf(pred);
  const goldNames = namesOf(gold);
  if (predNames.some((p) => goldNames.includes(p))) return true;
  if (type !== 'Measure' && type !== 'Event') return false;
  return predNames.some((p) =>
    goldNames.some(
      (g) =>
        (p.length >= 4 && g.length >= 4 && (p.includes(g) || g.includes(p))) ||
        jaccard(p, g) >= 0.6 ||
        (type === 'Event' && g.length >= 8 && containment(g, p) >= 0.75 && p.length <= 2.5 * g.length),
    ),
  );
}
