import type { PropertyValue } from './records.ts';

// The life cycle of an instrument, as Policy properties: dates as precise as
// the text states them (2016, 2016-01, 2016-01-01), read at ingest by
// ingest/lifecycle/, and the rule that says whether it is in force on a day.

export const LIFECYCLE_FIELDS = ['issued', 'adopted', 'effective', 'amended', 'repealed', 'expires'] as const;
export type LifecycleField = (typeof LIFECYCLE_FIELDS)[number];

/** Property holding the sentences the dates were read from, one "field date: sentence" line each. */
export const LIFECYCLE_EVIDENCE = 'lifecycleEvidence';

export type ForceStatus = 'in_force' | 'not_yet' | 'ended' | 'draft' | 'undated';

export interface ForceOnDate {
  status: ForceStatus;
  /** Why, in words: the dates (and which stands in for a missing one) the status rests on. */
  basis: string;
}

/** A draft (草案, 征求意见稿, 送审稿) is never in force, whatever dates its text gives. */
const DRAFT = /草案|征求意见稿|送审稿|讨论稿/;

const dateOf = (props: Record<string, PropertyValue>, field: LifecycleField) =>
  typeof props[field] === 'string' && props[field] ? (props[field] as string) : null;

/** `a` on or before `b`, compared at the precision `a` is stated in (2016 holds every day of 2016). */
const reached = (a: string, b: string) => a <= b.slice(0, a.length);

/**
 * Whether a Policy is in force on `day` (YYYY-MM-DD). It starts on its
 * effective date; a text that states none starts, by stand-in, on its
 * adoption or issue date, and the basis says so (published is not effective,
 * but it is the best the text gives). It ends when repealed or expired. A
 * policy that states no start but a repeal was in force before it.
 */
export function forceOn(name: string, props: Record<string, PropertyValue>, day: string): ForceOnDate {
  if (DRAFT.test(name)) return { status: 'draft', basis: 'a draft, not an instrument in force' };
  const effective = dateOf(props, 'effective');
  const standIn = (['adopted', 'issued'] as const).find((f) => dateOf(props, f));
  const start = effective ? { field: 'effective', date: effective } : standIn ? { field: standIn, date: dateOf(props, standIn)! } : null;
  const endField = (['repealed', 'expires'] as const).filter((f) => dateOf(props, f)).sort((a, b) => (dateOf(props, a)! < dateOf(props, b)! ? -1 : 1))[0];
  const end = endField ? { field: endField, date: dateOf(props, endField)! } : null;
  const since = start ? `${start.field} ${start.date}${start.field === 'effective' ? '' : ' (no effective date stated)'}` : 'no start date stated';
  if (end && reached(end.date, day)) return { status: 'ended', basis: `${end.field} ${end.date}; ${since}` };
  if (start && !reached(start.date, day)) return { status: 'not_yet', basis: since };
  if (!start && !end) return { status: 'undated', basis: 'the texts state no date of its life cycle' };
  return { status: 'in_force', basis: end ? `${since}; until ${end.field} ${end.date}` : since };
}
