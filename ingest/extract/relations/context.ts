import type { AnalyzedDocument } from '../../analyze/profile.ts';
import type { EntityLabel, RelationType } from '../../../core/ontology.ts';
import { spanAt, spansWithin } from '../spans.ts';
import type { ExtractedEntity, ExtractedRelation, Sentence } from '../../types.ts';

/** One occurrence of an entity in the text. */
export interface Occurrence {
  entity: ExtractedEntity;
  start: number;
  end: number;
}

/** Several rules ask for the same document's occurrences; callers only read them. */
const outermostCache = new WeakMap<readonly ExtractedEntity[], Occurrence[]>();

/** Every entity occurrence, outermost only: 江海商标保护中心 hides the 江海 inside it. */
export function occurrences(entities: readonly ExtractedEntity[]): Occurrence[] {
  const cached = outermostCache.get(entities);
  if (cached) return cached;
  const all = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Occurrence[] = [];
  for (const o of all) {
    const last = out[out.length - 1];
    if (last && o.start < last.end) continue;
    out.push(o);
  }
  outermostCache.set(entities, out);
  return out;
}

/** Every occurrence of entities with one of `labels`, nested ones included (a list name inside a counted outcome's span). */
export function allOccurrences(entities: readonly ExtractedEntity[], labels: readonly EntityLabel[]): Occurrence[] {
  return entities
    .filter((e) => labels.includes(e.label))
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The occurrences inside [start, end); `occ` sorted by start, as the functions above return it. */
export function within(occ: readonly Occurrence[], start: number, end: number): Occurrence[] {
  return spansWithin(occ, start, end);
}

/**
 * `last` and the occurrences listed right before it, in text order: each joined
 * to the next by what `joiner` accepts (A、B和C) and itself accepted by `accepts`.
 * `occ` is sorted by start and holds `last`.
 */
export function joinedRun(text: string, occ: readonly Occurrence[], last: Occurrence, joiner: RegExp, accepts: (o: Occurrence) => boolean = () => true): Occurrence[] {
  const run = [last];
  for (let i = occ.indexOf(last) - 1; i >= 0 && accepts(occ[i]) && joiner.test(text.slice(occ[i].end, run[0].start)); i--) run.unshift(occ[i]);
  return run;
}

export function sentenceAt(doc: AnalyzedDocument, pos: number): Sentence | undefined {
  return spanAt(doc.sentences, pos);
}

export function hasLabel(o: Occurrence | ExtractedEntity | undefined, labels: readonly EntityLabel[]): boolean {
  const label = o && 'entity' in o ? o.entity.label : o?.label;
  return !!label && labels.includes(label);
}

/** A relation with its evidence: the sentence, verbatim from the document text. */
export function relationFrom(
  doc: AnalyzedDocument,
  type: RelationType,
  head: ExtractedEntity,
  tail: ExtractedEntity,
  sentence: { start: number; end: number },
  confidence: number,
  rule: string,
): ExtractedRelation {
  const raw = doc.text.slice(sentence.start, sentence.end);
  const start = sentence.start + (raw.length - raw.trimStart().length);
  const end = sentence.end - (raw.length - raw.trimEnd().length);
  return { type, head: head.key, tail: tail.key, evidence: doc.text.slice(start, end), start, end, confidence, rule };
}

/** The span of a heading line or sentence containing `pos`, falling back to the line. */
export function evidenceSpan(doc: AnalyzedDocument, pos: number): { start: number; end: number } {
  const s = sentenceAt(doc, pos);
  if (s) return s;
  const start = doc.text.lastIndexOf('\n', pos) + 1;
  const nl = doc.text.indexOf('\n', pos);
  return { start, end: nl < 0 ? doc.text.length : nl };
}
