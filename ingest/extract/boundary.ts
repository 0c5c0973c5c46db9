import { entityKey } from './entities/build.ts';
import { tokensOf } from './entities/phrases.ts';
import { firstStartingAt } from './spans.ts';
import { GENERIC_NAMES } from './lexicon/heads.ts';
import { BOUNDARY_AGENT_VERB, BOUNDARY_CLAUSE_WORDS, BOUNDARY_FACILITY_NOUNS, BOUNDARY_LEADING_CHARS, BOUNDARY_PREPOSITION, BOUNDARY_STRAY } from './lexicon/boundary.ts';
import type { ExtractedEntity } from '../types.ts';
import type { EntityLabel } from '../../core/ontology.ts';

/** Labels whose names are proper names a clause can leak into. */
const CHECKED = new Set<EntityLabel>(['Institution', 'Platform']);
/** What is left of a name must still say something. */
const MIN_NAME = 3;

export type BoundaryVerdict = { ok: true; name: string; cut: number } | { ok: false; reason: string };

/** The segmenter glues a preposition to the level after it (由市, 向省). */
const GLUED_TO_LEVEL = /^[\u4e00-\u9fa5][省市县区]$/;
/** A clause word that a facility is named after is part of the name: 投诉点, 举报中心. */
const CLAUSE_WORD = new RegExp(`(?:${BOUNDARY_CLAUSE_WORDS.join('|')})(?!${BOUNDARY_FACILITY_NOUNS.join('|')})`, 'g');

/**
 * Whether a candidate name starts or ends inside a clause, and the name it
 * stands for if so: a stray character of the sentence before it (条省人民政府,
 * 由市人民政府), a preposition or an adverb (向某某法院, 未向…), or a verb that
 * governs the body (情况纳入某某委员会, 期限内提交某某委员会) leaves the name to start
 * after it. A name left too short or generic is no name.
 */
export function checkNameBoundary(name: string, firstWord = name): BoundaryVerdict {
  let cut = 0;
  for (const m of name.matchAll(CLAUSE_WORD)) cut = Math.max(cut, m.index + m[0].length);
  for (const m of name.matchAll(BOUNDARY_PREPOSITION)) cut = Math.max(cut, m.index + 1);
  for (const m of name.matchAll(BOUNDARY_AGENT_VERB)) cut = Math.max(cut, m.index + m[0].length);
  // A leading function character counts only where it is a word of its own (由/市…, 向/某…), not the start of one (经济…).
  if (cut === 0 && BOUNDARY_LEADING_CHARS.includes(name[0]) && (firstWord.length === 1 || GLUED_TO_LEVEL.test(firstWord))) cut = 1;
  const stray = BOUNDARY_STRAY.exec(name.slice(cut));
  if (stray && cut + stray[0].length < name.length) cut += stray[0].length;
  if (cut === 0) return { ok: true, name, cut: 0 };
  const rest = name.slice(cut);
  if (rest.length < MIN_NAME || GENERIC_NAMES.has(rest)) return { ok: false, reason: `"${name}" starts inside a clause` };
  return { ok: true, name: rest, cut };
}

export interface BoundaryResult {
  entities: ExtractedEntity[];
  /** Names trimmed to where they begin, and names refused, for the dropped counts. */
  trimmed: number;
  rejected: number;
}

/**
 * Applies the name-boundary check to every recognized body and facility before
 * it becomes a node: a leaked name is renamed to its real extent (its mentions
 * shortened alike) or dropped.
 */
export function enforceNameBoundaries(doc: { text: string }, entities: readonly ExtractedEntity[]): BoundaryResult {
  const words = tokensOf(doc);
  const wordAt = (pos: number) => words[firstStartingAt(words, pos)];
  let trimmed = 0;
  let rejected = 0;
  const out: ExtractedEntity[] = [];
  for (const e of entities) {
    if (!CHECKED.has(e.label)) {
      out.push(e);
      continue;
    }
    const at = e.mentions.find((m) => m.surface === e.name)?.start;
    const word = at === undefined ? undefined : wordAt(at);
    const verdict = checkNameBoundary(e.name, word && word.start === at ? word.word : e.name);
    if (!verdict.ok) {
      rejected++;
      continue;
    }
    if (verdict.cut === 0) {
      out.push(e);
      continue;
    }
    trimmed++;
    const mentions = e.mentions.map((m) => (m.surface === e.name ? { start: m.start + verdict.cut, end: m.end, surface: verdict.name } : m));
    out.push({ ...e, key: entityKey(e.label, verdict.name), name: verdict.name, mentions, aliases: e.aliases.filter((a) => a !== verdict.name) });
  }
  return { entities: out, trimmed, rejected };
}
