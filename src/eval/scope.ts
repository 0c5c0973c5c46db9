// Which predictions of a partly annotated document (scope.json) are scored, as
// ../shared/tools/score.mjs decides it: an entity when one of its mentions lies in a chunk
// whose lines are mostly in the annotated range, a relation when its evidence lies there.
import type { GoldScope } from './gold.ts';

/** Text compared without spaces and markdown marks, so a chunk's line finds itself in the document's. */
export const squash = (s: unknown): string => String(s ?? '').normalize('NFKC').replace(/[\s#*>|`_-]+/g, '');

export interface ScopedText {
  /** The annotated lines, squashed and joined. */
  text: string;
  /** The annotated lines of at least 6 squashed characters. */
  lines: Set<string>;
}

const substantial = (line: string) => line.length >= 6;

export function scopedText(scope: GoldScope): ScopedText {
  return { text: squash(scope.lines.join('\n')), lines: new Set(scope.lines.map(squash).filter(substantial)) };
}

/** At least half of the chunk's lines of 6 or more squashed characters lie in the annotated text. */
export function chunkInScope(chunkText: string, scoped: ScopedText): boolean {
  const lines = chunkText.split('\n').map(squash).filter(substantial);
  const inside = lines.filter((l) => scoped.lines.has(l) || scoped.text.includes(l)).length;
  return lines.length > 0 && inside / lines.length >= 0.5;
}

/** The evidence's first 24 squashed characters occur in the annotated text. */
export function evidenceInScope(evidence: string, scoped: ScopedText): boolean {
  const e = squash(evidence);
  return e.length > 0 && scoped.text.includes(e.slice(0, 24));
}
