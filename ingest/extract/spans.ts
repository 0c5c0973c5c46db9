/** Lookups over spans sorted by start, by binary search: extraction asks them once per sentence or mention. */

interface Span {
  start: number;
  end: number;
}

/** Index of the first span that starts at or after `pos`. */
export function firstStartingAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans lying within [start, end), in their order. */
export function spansWithin<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(spans, start); i < spans.length && spans[i].start < end; i++) if (spans[i].end <= end) out.push(spans[i]);
  return out;
}

/** The span containing `pos`, among spans that do not overlap (sentences). */
export function spanAt<T extends Span>(spans: readonly T[], pos: number): T | undefined {
  const i = firstStartingAt(spans, pos + 1) - 1;
  return i >= 0 && pos < spans[i].end ? spans[i] : undefined;
}

/** No name runs longer than this: a span overlapping [start, end) starts at most this far before it. */
const MAX_SPAN = 200;

/** Whether a span of `spans` (sorted by start) overlaps [start, end); `accept` can refine which count. */
export function overlapsAny<T extends Span>(spans: readonly T[], start: number, end: number, accept: (s: T) => boolean = () => true): boolean {
  for (let i = firstStartingAt(spans, end) - 1; i >= 0 && spans[i].start >= start - MAX_SPAN; i--) {
    if (spans[i].end > start && accept(spans[i])) return true;
  }
  return false;
}
